// Vietnamese text of the printed layout of the owned sheets (column labels the layout adds).

export const PRINT_TEXT = {
  /** Số thứ tự: the first column of every printed list. */
  stt: 'STT',
};
