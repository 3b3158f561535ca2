// The hub editor: EasyMDE on Markdown fields (this page only). Its live preview is rendered by the server with the
// same sanitizing renderer as the hub page, so what you preview is exactly what readers get.
(() => {
  const form = document.querySelector('form.hub-editor');
  if (!form || typeof EasyMDE === 'undefined') return;
  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;

  async function renderInto(markdown, preview) {
    const body = new FormData();
    body.append('markdown', markdown);
    body.append('__RequestVerificationToken', token);
    const response = await fetch('/fragments/markdown-preview', { method: 'POST', body });
    preview.innerHTML = response.ok ? await response.text() : '<p>The preview is unavailable right now.</p>';
  }

  // Text labels: EasyMDE's icon font would come from a CDN, which Nexus never uses.
  const button = (name, action, text, title) => ({ name, action, text, title, className: `mde-${name}` });
  const toolbar = [
    button('bold', EasyMDE.toggleBold, 'B', 'Bold'),
    button('italic', EasyMDE.toggleItalic, 'I', 'Italic'),
    button('heading', EasyMDE.toggleHeadingSmaller, 'H', 'Heading'),
    button('code', EasyMDE.toggleCodeBlock, '</>', 'Code'),
    button('list', EasyMDE.toggleUnorderedList, '•', 'List'),
    button('link', EasyMDE.drawLink, 'Link', 'Link'),
    '|',
    button('preview', EasyMDE.togglePreview, 'Preview', 'Preview'),
    button('side-by-side', EasyMDE.toggleSideBySide, 'Side by side', 'Edit with a live preview'),
  ];

  for (const textarea of form.querySelectorAll('textarea[data-markdown-editor]')) {
    let timer;
    new EasyMDE({
      element: textarea,
      forceSync: true,
      spellChecker: false,
      autoDownloadFontAwesome: false,
      status: false,
      toolbar,
      previewRender(markdown, preview) {
        clearTimeout(timer);
        timer = setTimeout(() => renderInto(markdown, preview), 200);
        return preview.innerHTML || '<p>Rendering the preview…</p>';
      },
    });
  }
})();
