// Highlights code blocks with highlight.js: its core and only the grammars the page's code blocks name are loaded,
// and nothing at all when the page has no code. Unknown languages stay plain.
const blocks = [...document.querySelectorAll('pre code[class*="language-"]')];
const aliases = { js: 'javascript', jsx: 'javascript', ts: 'typescript', tsx: 'typescript', py: 'python', sh: 'bash', shell: 'bash',
  zsh: 'bash', console: 'bash', cs: 'csharp', 'c#': 'csharp', html: 'xml', vue: 'xml', yml: 'yaml', md: 'markdown', docker: 'dockerfile',
  rb: 'ruby', kt: 'kotlin', rs: 'rust', golang: 'go', ps1: 'powershell', psql: 'sql', postgres: 'sql', jsonc: 'json' };
if (blocks.length > 0) {
  const lib = new URL('../lib/highlight/', import.meta.url);
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('github.min.css', lib).href;
  document.head.append(style);
  const { default: hljs } = await import(new URL('core.min.js', lib).href);
  const languageOf = (block) => {
    const name = [...block.classList].find((c) => c.startsWith('language-')).slice('language-'.length).toLowerCase();
    return aliases[name] ?? name;
  };
  const wanted = [...new Set(blocks.map(languageOf))].filter((name) => /^[a-z0-9-]+$/.test(name));
  await Promise.all(wanted.map(async (name) => {
    try {
      const grammar = await import(new URL(`languages/${name}.min.js`, lib).href);
      hljs.registerLanguage(name, grammar.default);
    } catch {
      // No grammar of that name: the block stays plain text.
    }
  }));
  for (const block of blocks) {
    const language = languageOf(block);
    if (hljs.getLanguage(language)) {
      block.classList.add(`language-${language}`);
      hljs.highlightElement(block);
    }
  }
}
