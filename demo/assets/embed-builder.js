/**
 * The embed builder: a council web editor picks a widget and its options, sees it live, and
 * copies the snippet in the form their CMS keeps (the element, the `data-coprod` placeholder,
 * or the WordPress shortcode), with the CSS that reserves its room. Plain DOM, no build step,
 * so the demo serves it as it is and Storybook imports the same file.
 */

export const WIDGETS = [
  { name: 'opportunity-list', label: 'Opportunities to get involved (a list people can search)', room: '40em' },
  { name: 'opportunity', label: 'One opportunity', room: '30em' },
  { name: 'profile-form', label: 'A one-page profile people fill in', room: '40em' },
  { name: 'feedback-loop', label: 'Feedback, and what was done with it', room: '40em' },
  { name: 'my-involvement', label: "A person's own page", room: '20em' },
  { name: 'evaluation', label: 'How well we involved you (people reach it from an email)', room: '30em' },
  { name: 'claim', label: 'Claim pay and expenses (people reach it from their own page or an email)', room: '30em' },
  { name: 'involvement-results', label: 'How well people were involved, and what changed', room: '30em' },
];

/** The options an editor sets, in the order the form asks for them. */
const FIELDS = [
  { name: 'topic', label: 'Topic', hint: 'For example carers. Leave empty for every topic.' },
  { name: 'area', label: 'Area', hint: 'For example north. Leave empty for every area.' },
  { name: 'opportunity-id', label: 'Opportunity number', hint: 'Only for "One opportunity".', only: 'opportunity' },
  { name: 'locale', label: 'Language', choices: [['', "The page's language"], ['en-GB', 'English'], ['cy', 'Cymraeg (Welsh)']] },
  { name: 'reading-level', label: 'Reading level', choices: [['', 'Standard'], ['easy-read', 'Easy read']] },
  { name: 'theme', label: 'Colours', choices: [['', "The page's colours"], ['light', 'Light'], ['dark', 'Dark'], ['auto', "The reader's setting"]] },
  { name: 'heading-level', label: 'Heading level', hint: 'One below the heading above the widget on your page.', choices: [['', '2 (the default)'], ['3', '3'], ['4', '4'], ['5', '5'], ['6', '6']] },
];

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The options that are set, as [attribute, value] pairs, in form order. */
function chosen(options) {
  return FIELDS.filter((field) => (!field.only || field.only === options.widget) && options[field.name]).map((field) => [field.name, String(options[field.name]).trim()]).filter(([, value]) => value !== '');
}

/**
 * Every form of snippet for `options` ({ widget, apiBase, scriptSrc, fallbackHref, ...attributes }).
 * Pure, so the test can check what the page copies.
 */
export function snippets(options) {
  const widget = WIDGETS.find((w) => w.name === options.widget) ?? WIDGETS[0];
  const attributes = [['api-base', options.apiBase], ...chosen({ ...options, widget: widget.name })];
  if (options.fallbackHref) attributes.push(['fallback-href', options.fallbackHref]);
  const script = `<script type="module" src="${escape(options.scriptSrc)}"></script>`;
  const css = `coprod-${widget.name}:not(:defined) { display: block; min-height: ${widget.room}; }`;
  const element = `<coprod-${widget.name}${attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('')}></coprod-${widget.name}>`;
  const fallback = options.fallbackHref ? `<a href="${escape(options.fallbackHref)}">See ways to get involved</a>` : '';
  const placeholder = `<div data-coprod="${widget.name}"${attributes.map(([name, value]) => ` data-${name}="${escape(value)}"`).join('')}>${fallback}</div>`;
  const shortcodeAttributes = chosen({ ...options, widget: widget.name }).map(([name, value]) => ` ${name}="${value.replace(/["[\]]/g, '')}"`).join('');
  return {
    element: `${script}\n${element}`,
    placeholder: `${placeholder}\n\n<!-- Once per page or in the site's template (ask your web team if your editor removes scripts): -->\n${script}`,
    wordpress: `[coprod widget="${widget.name}"${shortcodeAttributes}]`,
    css,
  };
}

const FORMS = [
  { key: 'element', button: 'Copy the HTML', label: 'HTML (the element)', hint: 'For pages where you can add a script: Drupal "Full HTML", a site template, a plain HTML page.' },
  { key: 'placeholder', button: 'Copy the placeholder', label: 'HTML your editor keeps (a placeholder)', hint: 'For editors that remove unknown tags or scripts, such as WordPress\'s Custom HTML block or Drupal\'s "Basic HTML". The script goes once in the site\'s template.' },
  { key: 'wordpress', button: 'Copy the shortcode', label: 'WordPress shortcode', hint: 'Needs the Co-production widgets plugin. You can also use its block.' },
  { key: 'css', button: 'Copy the CSS', label: 'CSS for your site\'s stylesheet', hint: 'Keeps room for the widget while it loads, so the page does not jump.' },
];

let unique = 0;

/**
 * Puts the builder into `root`. `apiBase` and `scriptSrc` default to this site's; `adapter`
 * (Storybook) is given to the live preview instead of the API.
 */
export function mountEmbedBuilder(root, { apiBase = `${location.origin}/api/v1`, scriptSrc = `${location.origin}/widgets/coprod-autoload.js`, fallbackHref = '', adapter } = {}) {
  const id = (name) => `embed-${++unique}-${name}`;
  const form = document.createElement('form');
  form.className = 'embed-builder__form';
  form.noValidate = true;
  form.addEventListener('submit', (event) => event.preventDefault());

  const widgetId = id('widget');
  form.insertAdjacentHTML('beforeend', `<div class="embed-field"><label for="${widgetId}">Widget</label><select id="${widgetId}" name="widget">${WIDGETS.map((w) => `<option value="${w.name}">${escape(w.label)}</option>`).join('')}</select></div>`);
  for (const field of FIELDS) {
    const fieldId = id(field.name);
    const hint = field.hint ? `<p class="embed-hint" id="${fieldId}-hint">${escape(field.hint)}</p>` : '';
    const describedBy = field.hint ? ` aria-describedby="${fieldId}-hint"` : '';
    const control = field.choices
      ? `<select id="${fieldId}" name="${field.name}"${describedBy}>${field.choices.map(([value, label]) => `<option value="${value}">${escape(label)}</option>`).join('')}</select>`
      : `<input id="${fieldId}" name="${field.name}" type="text" autocomplete="off" spellcheck="false"${describedBy}>`;
    form.insertAdjacentHTML('beforeend', `<div class="embed-field" data-field="${field.name}"${field.only ? ` data-only="${field.only}"` : ''}><label for="${fieldId}">${escape(field.label)}</label>${hint}${control}</div>`);
  }

  const preview = document.createElement('section');
  preview.className = 'embed-builder__preview';
  preview.setAttribute('aria-labelledby', id('preview-heading'));
  preview.innerHTML = `<h2 id="${preview.getAttribute('aria-labelledby')}">How it looks</h2><div class="embed-builder__live"></div>`;
  const live = preview.querySelector('.embed-builder__live');

  const output = document.createElement('section');
  output.className = 'embed-builder__snippets';
  output.setAttribute('aria-labelledby', id('snippets-heading'));
  output.innerHTML = `<h2 id="${output.getAttribute('aria-labelledby')}">Copy it into your page</h2>`;
  const status = document.createElement('p');
  status.className = 'embed-builder__status';
  status.setAttribute('role', 'status');
  const boxes = {};
  for (const snippet of FORMS) {
    const boxId = id(snippet.key);
    output.insertAdjacentHTML('beforeend', `<div class="embed-snippet" data-form="${snippet.key}"><h3><label for="${boxId}">${escape(snippet.label)}</label></h3><p class="embed-hint" id="${boxId}-hint">${escape(snippet.hint)}</p><textarea id="${boxId}" readonly rows="5" spellcheck="false" aria-describedby="${boxId}-hint"></textarea><button type="button" class="embed-copy" data-copy="${snippet.key}">${escape(snippet.button)}</button></div>`);
    boxes[snippet.key] = output.querySelector(`#${boxId}`);
  }
  output.append(status);

  const values = () => {
    const data = Object.fromEntries(new FormData(form));
    return { ...data, apiBase, scriptSrc, fallbackHref };
  };

  // A text field fires "change" when it loses focus, after its "input" already updated
  // everything: rebuilding the preview then would move the page under the pointer (the
  // editor's click on "Copy" would land somewhere else), so only a real change rebuilds.
  let shown = '';
  function update() {
    const options = values();
    const key = JSON.stringify(options);
    if (key === shown) return;
    shown = key;
    for (const field of form.querySelectorAll('[data-only]')) field.hidden = field.dataset.only !== options.widget;
    const forms = snippets(options);
    for (const snippet of FORMS) boxes[snippet.key].value = forms[snippet.key];
    // The live preview is the element itself, configured as the snippet says.
    const element = document.createElement(`coprod-${options.widget}`);
    element.setAttribute('api-base', apiBase);
    for (const field of FIELDS) if (options[field.name] && (!field.only || field.only === options.widget)) element.setAttribute(field.name, String(options[field.name]).trim());
    if (adapter) element.adapter = adapter;
    live.replaceChildren(element);
    status.textContent = '';
  }

  output.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
    if (!button) return;
    const box = boxes[button.dataset.copy];
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = 'Copied. Paste it into your page.';
    } catch {
      box.focus();
      box.select();
      status.textContent = 'Your browser did not let us copy. The text is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.';
    }
  });

  let timer;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  form.addEventListener('change', update);
  root.replaceChildren(form, preview, output);
  update();
  return { update, snippets: () => snippets(values()) };
}
