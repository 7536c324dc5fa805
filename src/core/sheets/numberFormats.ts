/**
 * Number formats in Excel's invariant (en-US) syntax. Excel shows them with the user's
 * separators, so `#,##0.00` reads as 1.234,56 in a Dutch Excel. Percent formats expect
 * fractions (0.032 shows as 3,2%).
 */
export const NUMBER_FORMATS = {
  /** Whole euros; negatives as "€ -1.234" ([$€-413] is the Dutch euro symbol). */
  euro: '[$€-413] #,##0;[$€-413] -#,##0',
  fte: '#,##0.00',
  verschilFte: '+#,##0.00;-#,##0.00;0.00',
  procent: '0.0%',
  verschilProcent: '+0.0%;-0.0%;0.0%',
  /** Scores on −2..+2 and differences in (percent) points. */
  score: '+0.0;-0.0;0.0',
  /** Dekking and robuustheid, kept as fractions. */
  fractie: '0%',
  /** Codes such as "0.4" must stay text: Excel would read them as numbers. */
  tekst: '@',
  /** Years without a thousands separator. */
  jaar: '0',
} as const;
