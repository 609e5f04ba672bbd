// pizzip ships no type declarations; docxtemplater needs only these members of it.
declare module 'pizzip' {
  interface PizZipFile {
    asText(): string;
  }
  class PizZip {
    constructor(data?: Uint8Array | ArrayBuffer | string);
    file(path: string): PizZipFile | null;
    file(path: string, data: string): this;
    generate(options: { type: 'uint8array'; compression?: 'DEFLATE' | 'STORE' }): Uint8Array;
  }
  export = PizZip;
}
