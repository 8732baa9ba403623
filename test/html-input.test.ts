import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToArticle, looksLikeHtml } from '../src/cli/html-input.js';
import { InputError } from '../src/cli/errors.js';

const P1 =
  'أعلنت وزارة الصحة في العاصمة صباح اليوم عن افتتاح مستشفى جديد للأطفال في الحي الشرقي من المدينة، ' +
  'وقال الوزير في مؤتمر صحفي إن المستشفى يضم مئتي سرير وقسما خاصا لحديثي الولادة، وإنه سيستقبل المرضى ' +
  'من جميع المحافظات المجاورة ابتداء من الأسبوع المقبل دون أي رسوم إضافية على الأسر.';
const P2 =
  'وأضاف الوزير أن تكلفة المشروع بلغت نحو أربعين مليون دولار، مولت الحكومة نصفها وتكفل صندوق التنمية ' +
  'بالنصف الآخر، مشيرا إلى أن الأعمال استغرقت ثلاث سنوات بسبب تأخر وصول المعدات الطبية من الخارج ' +
  'وارتفاع أسعار مواد البناء خلال تلك الفترة.';
const P3 =
  'من جهتها، قالت مديرة المستشفى إن الطاقم الطبي يتألف من مئة وخمسين طبيبا وممرضا، جرى تدريب عدد كبير ' +
  'منهم في مراكز متخصصة، وأكدت أن قسم الطوارئ سيعمل على مدار الساعة طوال أيام الأسبوع لاستقبال الحالات العاجلة.';
// Entities: &amp; &quot; and numeric (&#1575; = ا, &#x644; = ل) must come out decoded.
const P4_HTML =
  'ورحب سكان الحي بالمشروع، وقال أحدهم إن &quot;الرحلة إلى مستشفى المدينة القديم كانت تستغرق ساعتين&quot;، ' +
  'فيما دعت جمعية الصحة &amp; البيئة إلى توسيع الخدمات لتشمل القرى البعيدة، وطالبت بتخصيص سيارات إسعاف ' +
  'إضافية للمناطق الجبلية التي يصعب الوصول إليها في فصل الشتاء &#1575;&#x644;قاسي.';
const P4 =
  'ورحب سكان الحي بالمشروع، وقال أحدهم إن "الرحلة إلى مستشفى المدينة القديم كانت تستغرق ساعتين"، ' +
  'فيما دعت جمعية الصحة & البيئة إلى توسيع الخدمات لتشمل القرى البعيدة، وطالبت بتخصيص سيارات إسعاف ' +
  'إضافية للمناطق الجبلية التي يصعب الوصول إليها في فصل الشتاء القاسي.';

const HEADLINE = 'افتتاح مستشفى جديد للأطفال في العاصمة';

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>${HEADLINE} | شبكة الأخبار</title>
  <style>body { font-family: "Noto Naskh Arabic"; } .menu > li { display: inline; }</style>
  <script>window.dataLayer = []; var msg = "نص من داخل السكربت";</script>
</head>
<body>
  <!-- تعليق لا يظهر -->
  <header class="site-header">
    <div class="logo"><a href="/">شبكة الأخبار</a></div>
    <nav class="main-nav">
      <ul class="menu">
        <li><a href="/">الرئيسية</a></li>
        <li><a href="/politics">سياسة</a></li>
        <li><a href="/economy">اقتصاد</a></li>
        <li><a href="/sport">رياضة</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article class="article">
      <h1>${HEADLINE}</h1>
      <div class="meta"><time datetime="2024-03-05">5 مارس 2024</time></div>
      <div class="article-body">
        <p>${P1}</p>
        <p>${P2}</p>
        <script>document.write("إعلان داخل المقال");</script>
        <p>${P3}</p>
        <p>${P4_HTML}</p>
      </div>
    </article>
    <aside class="sidebar">
      <h3>اقرأ أيضا</h3>
      <ul>
        <li><a href="/a1">ارتفاع أسعار الوقود للمرة الثالثة هذا العام</a></li>
        <li><a href="/a2">منتخب الشباب يتأهل إلى نهائي البطولة</a></li>
        <li><a href="/a3">أمطار غزيرة متوقعة نهاية الأسبوع</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>جميع الحقوق محفوظة &copy; 2024 شبكة الأخبار</p>
  </footer>
  <script src="/analytics.js"></script>
  <script>console.log("تتبع الزوار");</script>
</body>
</html>
`;

const JUNK = [
  'الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'اقرأ أيضا', 'ارتفاع أسعار الوقود', 'منتخب الشباب', 'أمطار غزيرة',
  'جميع الحقوق محفوظة', '©', 'نص من داخل السكربت', 'إعلان داخل المقال', 'تتبع الزوار', 'dataLayer',
  'font-family', 'تعليق لا يظهر',
];

test('a news page: the article paragraphs, in order, separated by blank lines, and nothing else', () => {
  const words = [P1, P2, P3, P4].join(' ').split(/\s+/u).length;
  assert.ok(words >= 150, `fixture has ${words} words`);
  const a = htmlToArticle(NEWS_PAGE, 'page.html');
  assert.equal(a.via, 'readability');
  assert.equal(a.title, HEADLINE, 'Readability strips the " | site" suffix');
  const paragraphs = a.text.split('\n\n');
  // The body paragraphs appear whole and in order; the headline is not prepended.
  const at = [P1, P2, P3, P4].map((p) => paragraphs.indexOf(p));
  assert.ok(at.every((i) => i >= 0), `paragraphs found at ${at}\n${a.text}`);
  assert.deepEqual([...at].sort((x, y) => x - y), at);
  assert.equal(at[3] - at[0], 3, 'no block between the paragraphs');
  assert.ok(!a.text.startsWith(HEADLINE), 'the title is returned separately, not prepended');
  assert.doesNotMatch(a.text, /\n{3,}/u);
  for (const p of paragraphs) assert.doesNotMatch(p, /\s{2,}|^\s|\s$/u, 'whitespace collapsed in each paragraph');
  for (const junk of JUNK) assert.ok(!a.text.includes(junk), `text must not contain ${junk}`);
  // Entities decoded.
  assert.ok(a.text.includes('"الرحلة'));
  assert.ok(a.text.includes('الصحة & البيئة'));
  assert.ok(a.text.includes('الشتاء القاسي.'));
  assert.doesNotMatch(a.text, /&(?:amp|quot|#\d+|#x[0-9a-f]+);/iu);
});

test('the same page without <article>/<main> markup still drops the furniture on the body path', () => {
  // Short article (< 200 letters) so the body fallback is used, with the page chrome around it.
  const page = NEWS_PAGE.replace(/<article[\s\S]*<\/article>/u, '<div><p>خبر عاجل: انقطاع الكهرباء عن وسط المدينة.</p><p>التفاصيل لاحقا.</p></div>');
  const a = htmlToArticle(page);
  assert.equal(a.via, 'body');
  assert.equal(a.text, 'خبر عاجل: انقطاع الكهرباء عن وسط المدينة.\n\nالتفاصيل لاحقا.');
  assert.equal(a.title, HEADLINE, 'the title still comes from Readability, which did run');
});

test('a tiny page with one short paragraph: Readability is not trusted, the body is used', () => {
  const a = htmlToArticle('<html><head><title>خبر قصير</title></head><body><p>قتل   ثلاثة\n أشخاص في حادث سير.</p></body></html>');
  assert.deepEqual(a, { title: 'خبر قصير', text: 'قتل ثلاثة أشخاص في حادث سير.', via: 'body' });
});

test('a page Readability returns null for (text only inside <noscript> is dropped) and a bare fragment', () => {
  assert.throws(() => htmlToArticle('<html><body><noscript><p>فعّل جافاسكربت</p></noscript></body></html>', 'x.html'), {
    name: 'InputError',
    message: 'x.html: no article text found in the HTML',
  });
  // linkedom makes the <p> the document element of a fragment; it is rebuilt into a real document.
  const a = htmlToArticle('<p>الفقرة الأولى.</p><p>الفقرة &quot;الثانية&quot;.</p>');
  assert.deepEqual(a, { title: null, text: 'الفقرة الأولى.\n\nالفقرة "الثانية".', via: 'body' });
  // <html> without <body>: linkedom leaves the content outside the body.
  const b = htmlToArticle('<!doctype html><html><title>ع</title><p>نص خارج الجسم</p></html>');
  assert.deepEqual(b, { title: 'ع', text: 'نص خارج الجسم', via: 'body' });
});

test('a page with no text is an InputError with the label', () => {
  const empty = '<!DOCTYPE html><html><head><title></title><script>var a = 1;</script><style>p{}</style></head><body>  <div> </div><!-- فارغ --><img src="x.png"></body></html>';
  for (const html of [empty, '', '   ', '<html></html>', '<<<>>>', '<!-- فقط تعليق -->']) {
    assert.throws(() => htmlToArticle(html, 'page.html'), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.message, 'page.html: no article text found in the HTML');
      return true;
    });
  }
});

test('malformed HTML never throws anything but an InputError', () => {
  const nasty = [
    '<html><body><p>نص <b>غير <i>مغلق <div>في</p> كل مكان',
    '<p><p><p></div></span></body></html></html><p>بقية',
    '<body><table><tr><td>خلية<td>أخرى</table>',
    '<'.repeat(1000) + 'نص',
    '<div>'.repeat(5000) + 'نص عميق',
    '\uFEFF<!doctype html><html><body><p>مع علامة BOM</p></body></html>',
  ];
  for (const html of nasty) {
    try {
      const a = htmlToArticle(html);
      assert.ok(a.text.length > 0);
    } catch (e) {
      assert.ok(e instanceof InputError, `${html.slice(0, 40)}: ${String(e)}`);
    }
  }
  assert.equal(htmlToArticle('<body><table><tr><td>خلية<td>أخرى</table>').text, 'خلية أخرى');
  // Too deep for Readability on linkedom (it would take minutes): straight to the body path.
  assert.deepEqual(htmlToArticle('<div>'.repeat(5000) + 'نص عميق'), { title: null, text: 'نص عميق', via: 'body' });
});

test('<br> inside a paragraph is a space; a run of <br> is a paragraph break', () => {
  const a = htmlToArticle('<html><body><div>السطر الأول<br>يكمل<br><br>  <br>فقرة ثانية</div></body></html>');
  assert.equal(a.text, 'السطر الأول يكمل\n\nفقرة ثانية');
});

test('looksLikeHtml: pages and fragments are HTML', () => {
  assert.equal(looksLikeHtml(NEWS_PAGE), true);
  assert.equal(looksLikeHtml('نص عادي', 'saved/page.HTML'), true);
  assert.equal(looksLikeHtml('نص عادي', 'page.htm'), true);
  assert.equal(looksLikeHtml('\uFEFF  \n<!doctype html><p>x</p>'), true);
  assert.equal(looksLikeHtml('<HTML lang="ar"><body>نص</body></HTML>'), true);
  assert.equal(looksLikeHtml('<!-- saved from url=(0030)https://example.com/news -->\n<html><body></body></html>'), true);
  assert.equal(looksLikeHtml(`<div class="article"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`), true);
  assert.equal(looksLikeHtml(`\n\n<p>${P1}</p>\n<p>${P2}</p>`), true);
});

test('looksLikeHtml: plain Arabic text, even with "<" or a quoted tag, stays text', () => {
  assert.equal(looksLikeHtml(`${P1}\n\n${P2}`), false);
  assert.equal(looksLikeHtml(`${P1} وأظهرت النتائج أن a < b وأن c > d في جميع الحالات.\n\n${P2}`), false);
  assert.equal(looksLikeHtml('إذا كانت س < ص فإن <النتيجة> صحيحة'), false);
  assert.equal(looksLikeHtml(`${P1} ويستخدم المبرمجون الوسم <p> للفقرات والوسم <div> للأقسام. ${P2} ${P3}`), false);
  assert.equal(looksLikeHtml('<<< عاجل >>> انقطاع الكهرباء'), false);
  assert.equal(looksLikeHtml(`${P1}`, 'article.txt'), false);
  assert.equal(looksLikeHtml('', '-'), false);
});
