// The pane's link to Excel (src/taskpane/host.ts): what it reports for each way office.js can start.
import { watchOffice, type HostStatus } from '../../src/taskpane/host';

const g = globalThis as { Office?: unknown };

function officeAnswering(): { answer: (host: string | null) => void } {
  let answer!: (host: string | null) => void;
  const ready = new Promise<{ host: string | null }>((r) => (answer = (host) => r({ host })));
  g.Office = { onReady: () => ready };
  return { answer };
}

async function statuses(run: (seen: HostStatus[]) => Promise<void>): Promise<HostStatus[]> {
  const seen: HostStatus[] = [];
  await run(seen);
  return seen;
}

const flush = () => new Promise((r) => setImmediate(r));

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
afterEach(() => {
  jest.useRealTimers();
  delete g.Office;
});

test('office.js not in the page: "noOffice" at once', async () => {
  expect(await statuses(async (seen) => void watchOffice(1000)((s) => seen.push(s)))).toEqual(['noOffice']);
});

test('Office answers as Excel: "ready", and no later "noAnswer"', async () => {
  const office = officeAnswering();
  const seen = await statuses(async (seen) => {
    watchOffice(1000)((s) => seen.push(s));
    office.answer('Excel');
    await flush();
    jest.advanceTimersByTime(5000);
  });
  expect(seen).toEqual(['ready']);
});

test('Office answers as another host or outside Office: "notExcel"', async () => {
  const office = officeAnswering();
  const seen = await statuses(async (seen) => {
    watchOffice(1000)((s) => seen.push(s));
    office.answer(null);
    await flush();
  });
  expect(seen).toEqual(['notExcel']);
});

test('no answer in time: "noAnswer"; a late answer still makes it "ready"', async () => {
  const office = officeAnswering();
  const seen = await statuses(async (seen) => {
    watchOffice(1000)((s) => seen.push(s));
    jest.advanceTimersByTime(999);
    await flush();
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    office.answer('Excel');
    await flush();
  });
  expect(seen).toEqual(['noAnswer', 'ready']);
});

test('stopped (the pane unmounted): nothing more is reported', async () => {
  const office = officeAnswering();
  const seen = await statuses(async (seen) => {
    const stop = watchOffice(1000)((s) => seen.push(s));
    stop();
    office.answer('Excel');
    await flush();
    jest.advanceTimersByTime(5000);
  });
  expect(seen).toEqual([]);
});

test('Office.onReady that throws is office.js that did not load', async () => {
  g.Office = {
    onReady: () => {
      throw new Error('broken');
    },
  };
  const seen = await statuses(async (seen) => {
    watchOffice(1000)((s) => seen.push(s));
    await flush();
  });
  expect(seen).toEqual(['noOffice']);
});
