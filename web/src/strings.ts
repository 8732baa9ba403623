/**
 * Every string of the interface, one table per language. index.html names the static ones
 * with `data-i18n="key"` (text), `data-i18n-placeholder`, `data-i18n-aria-label` or
 * `data-i18n-title`; the views read the rest through `t()`. A language is one more object
 * of type `Strings` in `STRINGS` (see web/README.md): the compiler lists whatever it lacks.
 *
 * Arabic counts are written "label: n" rather than "n + noun", which would need Arabic's six
 * plural forms for every noun. What the analyser writes itself (glosses, evidence, reasons)
 * is English in every language and is shown as such.
 */
import type { Category, ChangeCategory, Severity, SuggestionAction, Verdict } from './types.js';

export type Lang = 'ar' | 'en';
export const LANGS: readonly Lang[] = ['ar', 'en'];

export interface Strings {
  /** Native name of the language, shown on the toggle that switches to it. */
  langName: string;
  dir: 'rtl' | 'ltr';
  /** Separator of an inline list («، » in Arabic). */
  comma: string;
  switchTo: string;

  appName: string;
  tagline: string;
  skipToContent: string;
  openFile: string;
  pageTitle: string;
  modeLabel: string;
  tabCheck: string;
  tabDiff: string;
  offlineNote: string;

  articleLabel: string;
  articlePlaceholder: string;
  fileLoaded: (name: string) => string;
  fileNotUtf8: (name: string) => string;
  fileReadError: (name: string) => string;
  optionsLegend: string;
  profileLabel: string;
  profileWire: string;
  profileOpinion: string;
  dateLabel: string;
  dateHint: string;
  analyse: string;
  analysing: string;
  emptyText: string;
  staleNotice: string;
  analysisDone: (findings: number) => string;

  summaryHeading: string;
  summaryNone: string;
  summaryTotal: (n: number) => string;
  summaryVoice: (narrator: number, reported: number, quoted: number) => string;
  articleHeading: string;
  articleHelp: string;
  showInfo: (n: number) => string;
  legendHeading: string;

  findingsHeading: string;
  findingsEmpty: string;
  acceptAll: string;
  undoAll: string;
  accept: string;
  reject: string;
  acceptLabel: (word: string) => string;
  rejectLabel: (word: string) => string;
  stateAccepted: string;
  stateRejected: string;
  statePending: string;
  showInText: string;
  decisionAnnounce: (word: string, accepted: boolean) => string;

  fieldCategory: string;
  fieldSeverity: string;
  fieldVoice: string;
  fieldTarget: string;
  fieldGloss: string;
  fieldSense: string;
  fieldSignals: string;
  fieldEvidence: string;
  fieldSuggestion: string;
  fieldAimedAt: string;
  noTarget: string;
  inEnglish: string;
  popoverHint: string;
  closePopover: string;

  severity: Record<Severity, string>;
  severityLong: Record<Severity, string>;
  category: Record<Category, string>;
  voice: Record<'narrator' | 'reported' | 'quoted', string>;
  sense: Record<'epithet' | 'literal', string>;
  targetKind: Record<'person' | 'group' | 'organisation' | 'addressee', string>;
  action: Record<SuggestionAction, string>;
  signal: Record<string, string>;

  cleanedHeading: string;
  cleanedLabel: string;
  cleanedStatus: (accepted: number, total: number) => string;
  cleanedMatches: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  downloaded: (name: string) => string;

  panelHeading: string;
  people: string;
  organisations: string;
  places: string;
  quotations: string;
  timeline: string;
  unresolvedDates: string;
  unresolvedHint: string;
  credits: string;
  noneFound: string;
  mentions: (n: number) => string;
  unattributed: string;
  quoteKind: Record<'direct' | 'indirect', string>;
  standsFor: (country: string) => string;

  networkError: string;
  serverError: string;
  badResponse: string;
  errorHeading: string;

  originalLabel: string;
  copyLabel: string;
  originalPlaceholder: string;
  copyPlaceholder: string;
  compare: string;
  comparing: string;
  emptyDiff: string;
  diffDone: (verdict: string) => string;
  verdictHeading: string;
  verdict: Record<Verdict, string>;
  verdictExplain: Record<Verdict, string>;
  similarity: string;
  words: (original: number, copy: number, kept: number) => string;
  deciding: string;
  warning: string;
  legend: string;
  distorting: string;
  editorial: string;
  showCosmetic: (n: number) => string;
  changesHeading: string;
  noChanges: string;
  originalColumn: string;
  copyColumn: string;
  removedText: string;
  addedText: string;
  changeCategory: Record<ChangeCategory, string>;
  cosmeticKind: Record<string, string>;
  selectChange: (id: string) => string;
}

const ar: Strings = {
  langName: 'العربية',
  dir: 'rtl',
  comma: '، ',
  switchTo: 'التبديل إلى العربية',

  appName: 'أمانة',
  tagline: 'تدقيق لغة الأخبار العربية ومقارنة النسخ المعاد نشرها بأصلها',
  skipToContent: 'انتقل إلى المحتوى',
  openFile: 'افتح ملفا نصيا (.txt)',
  pageTitle: 'أمانة — تدقيق المقالات الإخبارية',
  modeLabel: 'الوضع',
  tabCheck: 'تدقيق مقال',
  tabDiff: 'مقارنة نسختين',
  offlineNote: 'يعمل التحليل على هذا الخادم وحده؛ لا يُرسل أي نص إلى جهة خارجية.',

  articleLabel: 'نص المقال',
  articlePlaceholder: 'الصق نص المقال هنا…',
  fileLoaded: (name) => `فُتح الملف «${name}».`,
  fileNotUtf8: (name) => `الملف «${name}» ليس بترميز UTF-8 سليم؛ قد تظهر بعض الحروف خاطئة.`,
  fileReadError: (name) => `تعذّرت قراءة الملف «${name}».`,
  optionsLegend: 'خيارات',
  profileLabel: 'معيار التحرير',
  profileWire: 'خبر وكالة (صارم)',
  profileOpinion: 'مقال رأي (متساهل)',
  dateLabel: 'تاريخ النشر (اختياري)',
  dateHint: 'يُستعمل لحساب التواريخ النسبية مثل «أمس» و«الشهر الماضي».',
  analyse: 'حلّل النص',
  analysing: 'جارٍ التحليل…',
  emptyText: 'الصق نص المقال أو افتح ملفا أولا.',
  staleNotice: 'تغيّر النص بعد التحليل، والنتائج أدناه تخص النص السابق. أعد التحليل لتحديثها.',
  analysisDone: (n) => (n ? `اكتمل التحليل. عدد الملاحظات: ${n}.` : 'اكتمل التحليل. لا ملاحظات.'),

  summaryHeading: 'الخلاصة',
  summaryNone: 'لم يُعثر على ألفاظ مسيئة أو مشحونة في هذا النص.',
  summaryTotal: (n) => `عدد الملاحظات: ${n}`,
  summaryVoice: (narrator, reported, quoted) => `بصوت الكاتب: ${narrator} · في كلام منقول بتصرف: ${reported} · في اقتباس: ${quoted}`,
  articleHeading: 'المقال',
  articleHelp: 'مرّر المؤشر فوق كلمة مظللة أو انتقل إليها بمفتاح Tab لعرض تفاصيلها؛ Enter يفتح أزرار القبول والرفض، وEsc يغلقها.',
  showInfo: (n) => `إظهار الاستعمالات الحرفية (${n})`,
  legendHeading: 'دليل العلامات',

  findingsHeading: 'الملاحظات',
  findingsEmpty: 'لا ملاحظات.',
  acceptAll: 'قبول الكل',
  undoAll: 'التراجع عن الكل',
  accept: 'قبول',
  reject: 'رفض',
  acceptLabel: (word) => `قبول اقتراح «${word}»`,
  rejectLabel: (word) => `رفض اقتراح «${word}»`,
  stateAccepted: 'مقبول',
  stateRejected: 'مرفوض',
  statePending: 'بانتظار القرار',
  showInText: 'إظهار في النص',
  decisionAnnounce: (word, accepted) => (accepted ? `قُبل اقتراح «${word}».` : `رُفض اقتراح «${word}»؛ بقي النص كما هو.`),

  fieldCategory: 'الفئة',
  fieldSeverity: 'الخطورة',
  fieldVoice: 'الصوت',
  fieldTarget: 'المستهدَف',
  fieldGloss: 'المعنى',
  fieldSense: 'الدلالة',
  fieldSignals: 'آثار الإقحام',
  fieldEvidence: 'الأدلة',
  fieldSuggestion: 'الاقتراح',
  fieldAimedAt: 'يُستعمل ضد',
  noTarget: 'لا أحد محدد',
  inEnglish: '(بالإنجليزية كما يكتبها المحلل)',
  popoverHint: 'Esc للإغلاق',
  closePopover: 'إغلاق',

  severity: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة', info: 'للعلم' },
  severityLong: { high: 'خطورة عالية', medium: 'خطورة متوسطة', low: 'خطورة منخفضة', info: 'استعمال حرفي (للعلم)' },
  category: {
    dehumanization: 'نزع الإنسانية',
    insult: 'إهانة',
    slur: 'وصم فئوي',
    profanity: 'بذاءة',
    curse: 'لعن',
    loaded: 'مصطلح مشحون',
  },
  voice: { narrator: 'صوت الكاتب', reported: 'كلام منقول بتصرف', quoted: 'اقتباس' },
  sense: { epithet: 'نعت', literal: 'معنى حرفي' },
  targetKind: { person: 'شخص', group: 'جماعة', organisation: 'جهة', addressee: 'مخاطَب' },
  action: { remove: 'حذف', replace: 'استبدال', review: 'يحتاج مراجعة', keep: 'إبقاء' },
  signal: {
    glued: 'ملتصقة بكلمة مجاورة',
    'agreement-mismatch': 'جمع يصف فردا',
    'absent-from-other-mentions': 'غائبة عن بقية ذكر الشخص',
    'inside-title': 'مقحمة في اللقب',
    'evasion-spelling': 'تهجئة مموّهة',
    'stretched-letters': 'حروف ممطوطة',
    'lookalike-letters': 'حروف شبيهة',
    'diacritic-stuffing': 'حشو بالتشكيل',
  },

  cleanedHeading: 'النص المنقّح',
  cleanedLabel: 'النص بعد تطبيق الاقتراحات المقبولة',
  cleanedStatus: (a, n) => `الاقتراحات المقبولة: ${a} من ${n}`,
  cleanedMatches: 'قُبلت كل الاقتراحات: النص مطابق للنص المنقّح الذي تقترحه الأداة.',
  copy: 'نسخ',
  copied: 'نُسخ النص المنقّح.',
  copyFailed: 'تعذّر النسخ التلقائي. النص محدد الآن: اضغط Ctrl+C (أو ⌘C) لنسخه.',
  download: 'تنزيل',
  downloaded: (name) => `نُزّل الملف «${name}».`,

  panelHeading: 'وقائع المقال',
  people: 'الأشخاص',
  organisations: 'الجهات',
  places: 'الأماكن',
  quotations: 'الاقتباسات',
  timeline: 'التسلسل الزمني',
  unresolvedDates: 'تواريخ نسبية لم تُحسب',
  unresolvedHint: 'أدخل تاريخ النشر لحسابها.',
  credits: 'المصادر',
  noneFound: 'لا شيء.',
  mentions: (n) => `الإشارات: ${n}`,
  unattributed: 'غير منسوب',
  quoteKind: { direct: 'مباشر', indirect: 'غير مباشر' },
  standsFor: (country) => `يمثّل ${country}`,

  networkError: 'تعذّر الاتصال بالخادم. تحقق من أنه يعمل ثم أعد المحاولة.',
  serverError: 'ردّ الخادم بخطأ:',
  badResponse: 'ردّ غير متوقع من الخادم.',
  errorHeading: 'تعذّر إكمال الطلب',

  originalLabel: 'النص الأصلي',
  copyLabel: 'النسخة المعاد نشرها',
  originalPlaceholder: 'الصق نص الخبر الأصلي (نص الوكالة) هنا…',
  copyPlaceholder: 'الصق النسخة المنشورة هنا…',
  compare: 'قارن النسختين',
  comparing: 'جارٍ المقارنة…',
  emptyDiff: 'الصق النصين الأصلي والمنشور أولا.',
  diffDone: (v) => `اكتملت المقارنة. الحكم: ${v}.`,
  verdictHeading: 'الحكم',
  verdict: { faithful: 'أمينة', cosmetic: 'تغييرات شكلية', edited: 'محرَّرة', manipulated: 'محرَّفة' },
  verdictExplain: {
    faithful: 'النسخة مطابقة للأصل، باستثناء المسافات أو نصوص الموقع المحيطة بالخبر.',
    cosmetic: 'اختلافات في الإملاء أو الترقيم أو كتابة الأرقام فقط.',
    edited: 'أضيفت جمل أو حُذفت أو أعيدت صياغتها، دون تحريف لما قاله الأصل.',
    manipulated: 'غيّرت النسخة ما قاله الأصل: انظر التغييرات الحاسمة.',
  },
  similarity: 'التطابق',
  words: (o, c, k) => `كلمات الأصل ${o}، كلمات النسخة ${c}، المحفوظ منها ${k}`,
  deciding: 'التغييرات الحاسمة',
  warning: 'تنبيه',
  legend: 'دليل الألوان',
  distorting: 'محرِّف',
  editorial: 'تحريري',
  showCosmetic: (n) => `إظهار التغييرات الشكلية (${n})`,
  changesHeading: 'التغييرات',
  noChanges: 'لا تغييرات.',
  originalColumn: 'الأصل',
  copyColumn: 'النسخة',
  removedText: 'لا مقابل (حُذف)',
  addedText: 'لا مقابل (أُضيف)',
  changeCategory: {
    cosmetic: 'تغيير شكلي',
    'inserted-epithet': 'نعت مضاف',
    'removed-epithet': 'نعت محذوف',
    'loaded-substitution': 'استبدال بمصطلح مشحون',
    'number-change': 'تغيير رقم',
    'date-change': 'تغيير تاريخ',
    'quote-change': 'تغيير في اقتباس',
    'speaker-change': 'تغيير المتحدث',
    'attribution-removed': 'حذف الإسناد',
    'attribution-added': 'إضافة إسناد',
    'sentence-added': 'جملة مضافة',
    'sentence-removed': 'جملة محذوفة',
    reworded: 'إعادة صياغة',
  },
  cosmeticKind: {
    diacritics: 'تشكيل',
    spelling: 'إملاء',
    digits: 'كتابة الأرقام',
    punctuation: 'ترقيم',
    whitespace: 'مسافات',
    moved: 'نقل',
    boilerplate: 'نص الموقع',
    headline: 'العنوان',
  },
  selectChange: (id) => `عرض التغيير ${id} في النصين`,
};

const en: Strings = {
  langName: 'English',
  dir: 'ltr',
  comma: ', ',
  switchTo: 'Switch to English',

  appName: 'amana',
  tagline: 'Checks the language of Arabic news and compares republished copies with their original',
  skipToContent: 'Skip to content',
  openFile: 'Open a text file (.txt)',
  pageTitle: 'amana — Arabic news copy check',
  modeLabel: 'Mode',
  tabCheck: 'Check an article',
  tabDiff: 'Compare two versions',
  offlineNote: 'The analysis runs on this server only; no text is sent anywhere else.',

  articleLabel: 'Article text',
  articlePlaceholder: 'Paste the article here…',
  fileLoaded: (name) => `Opened “${name}”.`,
  fileNotUtf8: (name) => `“${name}” is not valid UTF-8: some characters may be wrong.`,
  fileReadError: (name) => `Could not read “${name}”.`,
  optionsLegend: 'Options',
  profileLabel: 'Editorial profile',
  profileWire: 'wire story (strict)',
  profileOpinion: 'opinion piece (lenient)',
  dateLabel: 'Publication date (optional)',
  dateHint: 'Used to resolve relative dates such as «أمس» (yesterday).',
  analyse: 'Analyse',
  analysing: 'Analysing…',
  emptyText: 'Paste an article or open a file first.',
  staleNotice: 'The text has changed since the analysis; the results below are for the previous text. Analyse again to update them.',
  analysisDone: (n) => (n ? `Analysis done: ${n} finding${n === 1 ? '' : 's'}.` : 'Analysis done: no findings.'),

  summaryHeading: 'Summary',
  summaryNone: 'No insults, slurs or loaded terms found in this text.',
  summaryTotal: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  summaryVoice: (narrator, reported, quoted) => `in the narrator’s voice: ${narrator} · in reported speech: ${reported} · in quotations: ${quoted}`,
  articleHeading: 'Article',
  articleHelp: 'Hover a highlighted word or reach it with Tab to see its details; Enter opens its Accept and Reject buttons, Esc closes them.',
  showInfo: (n) => `Show literal uses (${n})`,
  legendHeading: 'Legend',

  findingsHeading: 'Findings',
  findingsEmpty: 'No findings.',
  acceptAll: 'Accept all',
  undoAll: 'Undo all',
  accept: 'Accept',
  reject: 'Reject',
  acceptLabel: (word) => `Accept the suggestion for «${word}»`,
  rejectLabel: (word) => `Reject the suggestion for «${word}»`,
  stateAccepted: 'accepted',
  stateRejected: 'rejected',
  statePending: 'awaiting decision',
  showInText: 'Show in text',
  decisionAnnounce: (word, accepted) => (accepted ? `Suggestion for «${word}» accepted.` : `Suggestion for «${word}» rejected; the text is kept.`),

  fieldCategory: 'Category',
  fieldSeverity: 'Severity',
  fieldVoice: 'Voice',
  fieldTarget: 'Target',
  fieldGloss: 'Meaning',
  fieldSense: 'Sense',
  fieldSignals: 'Insertion traces',
  fieldEvidence: 'Evidence',
  fieldSuggestion: 'Suggestion',
  fieldAimedAt: 'Used against',
  noTarget: 'none identified',
  inEnglish: '',
  popoverHint: 'Esc to close',
  closePopover: 'Close',

  severity: { high: 'high', medium: 'medium', low: 'low', info: 'info' },
  severityLong: { high: 'high severity', medium: 'medium severity', low: 'low severity', info: 'literal use (info)' },
  category: {
    dehumanization: 'dehumanization',
    insult: 'insult',
    slur: 'slur',
    profanity: 'profanity',
    curse: 'curse',
    loaded: 'loaded term',
  },
  voice: { narrator: 'narrator', reported: 'reported speech', quoted: 'quoted' },
  sense: { epithet: 'epithet', literal: 'literal' },
  targetKind: { person: 'person', group: 'group', organisation: 'organisation', addressee: 'addressee' },
  action: { remove: 'remove', replace: 'replace', review: 'review', keep: 'keep' },
  signal: {
    glued: 'glued to a neighbouring word',
    'agreement-mismatch': 'plural used of one person',
    'absent-from-other-mentions': 'absent from other mentions',
    'inside-title': 'inside a title',
    'evasion-spelling': 'disguised spelling',
    'stretched-letters': 'stretched letters',
    'lookalike-letters': 'lookalike letters',
    'diacritic-stuffing': 'diacritic stuffing',
  },

  cleanedHeading: 'Cleaned text',
  cleanedLabel: 'The text with the accepted suggestions applied',
  cleanedStatus: (a, n) => `${a} of ${n} suggestion${n === 1 ? '' : 's'} accepted`,
  cleanedMatches: 'Every suggestion accepted: this is the cleaned text the tool proposes.',
  copy: 'Copy',
  copied: 'Cleaned text copied.',
  copyFailed: 'Could not copy automatically. The text is now selected: press Ctrl+C (or ⌘C) to copy it.',
  download: 'Download',
  downloaded: (name) => `Downloaded “${name}”.`,

  panelHeading: 'What the article says',
  people: 'People',
  organisations: 'Organisations',
  places: 'Places',
  quotations: 'Quotations',
  timeline: 'Timeline',
  unresolvedDates: 'Relative dates not resolved',
  unresolvedHint: 'Give the publication date to resolve them.',
  credits: 'Credits',
  noneFound: 'None.',
  mentions: (n) => `${n}×`,
  unattributed: 'unattributed',
  quoteKind: { direct: 'direct', indirect: 'indirect' },
  standsFor: (country) => `stands for ${country}`,

  networkError: 'Could not reach the server. Check that it is running and try again.',
  serverError: 'The server answered with an error:',
  badResponse: 'Unexpected response from the server.',
  errorHeading: 'The request failed',

  originalLabel: 'Original text',
  copyLabel: 'Republished copy',
  originalPlaceholder: 'Paste the original (wire) story here…',
  copyPlaceholder: 'Paste the republished copy here…',
  compare: 'Compare',
  comparing: 'Comparing…',
  emptyDiff: 'Paste both the original and the copy first.',
  diffDone: (v) => `Comparison done. Verdict: ${v}.`,
  verdictHeading: 'Verdict',
  verdict: { faithful: 'faithful', cosmetic: 'cosmetic', edited: 'edited', manipulated: 'manipulated' },
  verdictExplain: {
    faithful: 'The copy is the original, apart from spacing or the site’s text around the story.',
    cosmetic: 'Only spelling, punctuation or the way numbers are written differ.',
    edited: 'Sentences were added, removed or reworded, without distorting what the original said.',
    manipulated: 'The copy changes what the original said: see the deciding changes.',
  },
  similarity: 'Similarity',
  words: (o, c, k) => `${o} words in the original, ${c} in the copy, ${k} kept`,
  deciding: 'Deciding changes',
  warning: 'Warning',
  legend: 'Legend',
  distorting: 'distorting',
  editorial: 'editorial',
  showCosmetic: (n) => `Show cosmetic changes (${n})`,
  changesHeading: 'Changes',
  noChanges: 'No changes.',
  originalColumn: 'Original',
  copyColumn: 'Copy',
  removedText: 'nothing opposite (removed)',
  addedText: 'nothing opposite (added)',
  changeCategory: {
    cosmetic: 'cosmetic',
    'inserted-epithet': 'inserted epithet',
    'removed-epithet': 'removed epithet',
    'loaded-substitution': 'loaded substitution',
    'number-change': 'number changed',
    'date-change': 'date changed',
    'quote-change': 'quotation changed',
    'speaker-change': 'speaker changed',
    'attribution-removed': 'attribution removed',
    'attribution-added': 'attribution added',
    'sentence-added': 'sentence added',
    'sentence-removed': 'sentence removed',
    reworded: 'reworded',
  },
  cosmeticKind: {
    diacritics: 'diacritics',
    spelling: 'spelling',
    digits: 'digits',
    punctuation: 'punctuation',
    whitespace: 'whitespace',
    moved: 'moved',
    boilerplate: 'boilerplate',
    headline: 'headline',
  },
  selectChange: (id) => `Show change ${id} in both texts`,
};

export const STRINGS: Record<Lang, Strings> = { ar, en };

/** The keys whose value is a plain string: the ones index.html may name in data-i18n. */
export type StaticKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];
