// The `sentiment` package's English language module: its AFINN-165 word list (ODbL, loaded from the
// installed package at run time, never copied into framelens).
declare module 'sentiment/languages/en/index.js' {
  const language: { labels: Record<string, number> };
  export default language;
}
