import { test } from 'tap'
import { escapeHtml, escapeXml, jsonForScript } from '../../src/base/markup.js'

test('escapeHtml: & < > " \' become references, nothing else changes', async (t) => {
  t.equal(escapeHtml('<a href="x" title=\'y\'>Fish & Chips</a>'), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Fish &amp; Chips&lt;/a&gt;')
  t.equal(escapeHtml('&amp;'), '&amp;amp;', 'escaped once more, never taken for a reference')
  t.equal(escapeHtml('naïve — “quoted” 😀'), 'naïve — “quoted” 😀')
})

test('escapeXml: also drops what XML 1.0 cannot hold', async (t) => {
  t.equal(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf'), 'abcdef', 'C0 controls (but tab, LF, CR) and U+FFFE/U+FFFF')
  t.equal(escapeXml('tab\tline\nreturn\r'), 'tab\tline\nreturn\r')
  t.equal(escapeXml('lone \uD800 high, lone \uDC00 low, pair 😀'), 'lone  high, lone  low, pair 😀', 'unpaired surrogates')
  t.equal(escapeXml('<&>'), '&lt;&amp;&gt;')
})

test('jsonForScript: no text can close the script element, and it parses back the same', async (t) => {
  const value = { text: '</script><!-- & -->', nested: ['<b>'] }
  const json = jsonForScript(value)
  t.notMatch(json, /[<>&]/)
  t.same(JSON.parse(json), value)
})
