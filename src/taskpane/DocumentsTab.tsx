// Step "Tạo văn bản": the paperwork built in the browser from the workbook (the same code as
// `binhxet vanban`), offered as downloads. The .docx code is loaded only when the step runs, so
// the pane's first load does not pay for it; nothing leaves the machine (Blob + object URL).
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import type { Plan } from '../core/types';
import { DOCS_PANE, INFO_SHEET_NAME } from '../core/text/documentsPane';
import { activateSheet } from '../excel';
import { messageOf, type Inspection } from './state';

const T = DOCS_PANE;
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  wrap: { overflowWrap: 'anywhere' },
  links: { display: 'flex', flexDirection: 'column', gap: '4px', margin: 0, paddingLeft: '18px' },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
});

interface Made {
  files: { kind: string; file: string; rows: number; url: string; form?: string | null }[];
  rows: number;
  missing: string[];
  warnings: string[];
  created: boolean;
  /** Which click made it (1, 2, …), so a reader can tell a new result from the previous one. */
  run: number;
}

export function DocumentsTab({ plan, inspection }: { plan: Plan | null; inspection: Inspection | null }): React.ReactElement {
  const s = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [made, setMade] = React.useState<Made | null>(null);
  const [template, setTemplate] = React.useState<{ name: string; bytes: Uint8Array } | null>(null);
  const urls = React.useRef<string[]>([]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const release = () => {
    for (const u of urls.current) URL.revokeObjectURL(u);
    urls.current = [];
  };
  React.useEffect(() => release, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      // Both loaded on first use: the .docx libraries and the document wording stay out of the first load.
      const { readDocumentSheets } = await import(/* webpackChunkName: "documents" */ '../excel/documents');
      const read = await readDocumentSheets(inspection?.sheet ?? null);
      const { buildDocuments } = await import(/* webpackChunkName: "documents" */ '../documents/index');
      const r = await buildDocuments(read.sheets, { plan, sheet: read.sheets[0].name, template });
      release();
      const files = r.documents.map((d) => {
        const url = URL.createObjectURL(new Blob([d.bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }));
        urls.current.push(url);
        return { kind: d.kind, file: d.file, rows: d.rows, url, form: d.form };
      });
      setMade((old) => ({ files, rows: r.awardees, missing: r.missing, warnings: r.warnings, created: read.created, run: (old?.run ?? 0) + 1 }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (f: File | undefined) => {
    setTemplate(f ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : null);
  };

  return (
    <div className={s.col}>
      <Text>{T.intro}</Text>
      <Field label={T.template} hint={template ? T.templateChosen(template.name) : undefined}>
        {/* The browser's own file button speaks the browser's language: a Vietnamese button opens it. */}
        <input ref={fileInput} type="file" accept=".docx" hidden data-testid="template-input" onChange={(e) => void pick(e.currentTarget.files?.[0])} />
        <Button size="small" onClick={() => fileInput.current?.click()}>
          {T.templatePick}
        </Button>
      </Field>
      {template && (
        <Button size="small" onClick={() => setTemplate(null)}>
          {T.templateClear}
        </Button>
      )}
      <Button appearance="primary" disabled={busy} onClick={() => void run()}>
        {T.run}
      </Button>
      {busy && (
        <Field validationMessage={T.running} validationState="none">
          <ProgressBar aria-label={T.running} />
        </Field>
      )}
      {error && (
        <ErrorBar testId="docs-error">{error}</ErrorBar>
      )}
      {made && !busy && (
        <div className={s.col} data-testid="docs-result" data-run={made.run}>
          {made.created && (
            <MessageBar intent="info">
              <MessageBarBody className={s.wrap}>{T.created}</MessageBarBody>
            </MessageBar>
          )}
          <Text>{T.done(made.files.length, made.rows)}</Text>
          <ul className={s.links}>
            {made.files.map((f) => (
              <li key={f.file}>
                <a className={s.link} href={f.url} download={f.file} data-testid={`doc-${f.file}`}>
                  {T.download(f.kind === 'chung-nhan' && f.form ? f.form : T.kind[f.kind as keyof typeof T.kind], f.file, f.rows)}
                </a>
              </li>
            ))}
          </ul>
          {made.missing.length > 0 && (
            <>
              <Text weight="semibold">{T.missingTitle(made.missing.length)}</Text>
              <ul className={s.list} data-testid="docs-missing">
                {made.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <Button onClick={() => activateSheet(INFO_SHEET_NAME).catch((e: unknown) => setError(messageOf(e)))}>{T.openInfo}</Button>
            </>
          )}
          {made.warnings.length > 0 && (
            <>
              <Text weight="semibold">{T.notesTitle(made.warnings.length)}</Text>
              <ul className={s.list} data-testid="docs-warnings">
                {made.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {!inspection && !made && <Text size={200}>{T.needList}</Text>}
    </div>
  );
}
