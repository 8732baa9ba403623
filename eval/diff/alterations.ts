/**
 * The diff evaluation's OWN vocabulary (eval/diff/construct.ts draws every alteration from here).
 *
 * Written for this evaluation set only, independently of amana's lexicons: nothing here is read from
 * src/ or data/, and amana reads nothing from here. It is data, kept in a .ts module only because the
 * build (tsc -> dist/) does not copy JSON next to the compiled code.
 *
 * Sides used for tagging (who would typically use / be targeted by a term):
 *   israeli, palestinian, iranian, saudi, houthi, saleh, yemen-gov, syrian-regime, syrian-opposition,
 *   turkish, kurdish, islamist, jihadist, secular, western, russian, egyptian, iraqi, any
 */

export type Side =
  | 'israeli' | 'palestinian' | 'iranian' | 'saudi' | 'houthi' | 'saleh' | 'yemen-gov'
  | 'syrian-regime' | 'syrian-opposition' | 'turkish' | 'kurdish' | 'islamist' | 'jihadist'
  | 'secular' | 'western' | 'russian' | 'egyptian' | 'iraqi' | 'any';

/** An insult / dehumanizing epithet put right BEFORE a person's name (m / f forms); `targets` = sides it is aimed at. */
export interface PersonEpithet { m: string; f: string; targets: Side[] }
/** A curse put right AFTER a person's name. */
export interface PersonCurse { m: string; f: string }
/** An adjective epithet put AFTER a group / organisation name, in the four agreement forms. */
export interface GroupEpithet { sgM: string; sgF: string; plNom: string; plAcc: string; targets: Side[] }
export type GroupForm = 'sgM' | 'sgF' | 'plNom' | 'plAcc';
export interface Figure { name: string; g: 'm' | 'f'; side: Side }
export interface Group { name: string; form: GroupForm; side: Side }
/** A neutral name and a partisan label for the same referent; used in both directions. */
export interface LoadedPair { neutral: string; loaded: string; frame: string; notAfter?: string[]; notBefore?: string[] }

export const VOCAB = {
  personEpithets: [
    { m: 'المجرم', f: 'المجرمة', targets: ['any'] },
    { m: 'الإرهابي', f: 'الإرهابية', targets: ['any'] },
    { m: 'السفاح', f: 'السفاحة', targets: ['any'] },
    { m: 'القاتل', f: 'القاتلة', targets: ['any'] },
    { m: 'الخائن', f: 'الخائنة', targets: ['any'] },
    { m: 'العميل', f: 'العميلة', targets: ['any'] },
    { m: 'الكذاب', f: 'الكذابة', targets: ['any'] },
    { m: 'اللص', f: 'اللصة', targets: ['any'] },
    { m: 'الحقير', f: 'الحقيرة', targets: ['any'] },
    { m: 'الفاسد', f: 'الفاسدة', targets: ['any'] },
    { m: 'المنافق', f: 'المنافقة', targets: ['any'] },
    { m: 'الدجال', f: 'الدجالة', targets: ['any'] },
    { m: 'المعتوه', f: 'المعتوهة', targets: ['any'] },
    { m: 'الأحمق', f: 'الحمقاء', targets: ['any'] },
    { m: 'الجزار', f: 'الجزارة', targets: ['any'] },
    { m: 'المرتزق', f: 'المرتزقة', targets: ['any'] },
    { m: 'الحاقد', f: 'الحاقدة', targets: ['any'] },
    { m: 'الطاغية', f: 'الطاغية', targets: ['syrian-regime', 'iranian', 'egyptian', 'saudi', 'russian', 'turkish', 'saleh', 'iraqi'] },
    { m: 'الديكتاتور', f: 'الديكتاتورة', targets: ['syrian-regime', 'egyptian', 'turkish', 'russian', 'saleh', 'iranian'] },
    { m: 'الصهيوني', f: 'الصهيونية', targets: ['israeli', 'western'] },
    { m: 'النازي', f: 'النازية', targets: ['israeli'] },
    { m: 'الرافضي', f: 'الرافضية', targets: ['iranian', 'houthi', 'iraqi'] },
    { m: 'المجوسي', f: 'المجوسية', targets: ['iranian'] },
    { m: 'الصفوي', f: 'الصفوية', targets: ['iranian', 'iraqi', 'houthi'] },
    { m: 'النصيري', f: 'النصيرية', targets: ['syrian-regime'] },
    { m: 'الشبيح', f: 'الشبيحة', targets: ['syrian-regime'] },
    { m: 'التكفيري', f: 'التكفيرية', targets: ['jihadist', 'islamist', 'syrian-opposition'] },
    { m: 'الخارجي', f: 'الخارجية', targets: ['jihadist'] },
    { m: 'الوهابي', f: 'الوهابية', targets: ['saudi'] },
    { m: 'الإخونجي', f: 'الإخونجية', targets: ['islamist', 'turkish'] },
    { m: 'الملحد', f: 'الملحدة', targets: ['secular'] },
    { m: 'الزنديق', f: 'الزنديقة', targets: ['secular'] },
    { m: 'المرتد', f: 'المرتدة', targets: ['secular', 'kurdish'] },
    { m: 'الانقلابي', f: 'الانقلابية', targets: ['houthi', 'saleh', 'egyptian'] },
    { m: 'المخلوع', f: 'المخلوعة', targets: ['saleh', 'egyptian'] },
    { m: 'الانفصالي', f: 'الانفصالية', targets: ['kurdish'] },
    { m: 'الصليبي', f: 'الصليبية', targets: ['western', 'russian'] },
    { m: 'ذنب إيران', f: 'ذنب إيران', targets: ['houthi', 'iraqi', 'syrian-regime'] },
    { m: 'عميل الموساد', f: 'عميلة الموساد', targets: ['palestinian', 'kurdish', 'any'] },
    { m: 'السلطان المزعوم', f: 'السلطانة المزعومة', targets: ['turkish'] },
  ] as PersonEpithet[],

  personCurses: [
    { m: 'عليه اللعنة', f: 'عليها اللعنة' },
    { m: 'قبحه الله', f: 'قبحها الله' },
    { m: 'لعنه الله', f: 'لعنها الله' },
    { m: 'أخزاه الله', f: 'أخزاها الله' },
    { m: 'قاتله الله', f: 'قاتلها الله' },
    { m: 'عليه من الله ما يستحق', f: 'عليها من الله ما تستحق' },
  ] as PersonCurse[],

  groupEpithets: [
    { sgM: 'الإرهابي', sgF: 'الإرهابية', plNom: 'الإرهابيون', plAcc: 'الإرهابيين', targets: ['any'] },
    { sgM: 'المجرم', sgF: 'المجرمة', plNom: 'المجرمون', plAcc: 'المجرمين', targets: ['any'] },
    { sgM: 'الخائن', sgF: 'الخائنة', plNom: 'الخونة', plAcc: 'الخونة', targets: ['any'] },
    { sgM: 'العميل', sgF: 'العميلة', plNom: 'العملاء', plAcc: 'العملاء', targets: ['any'] },
    { sgM: 'الغاشم', sgF: 'الغاشمة', plNom: 'الغاشمون', plAcc: 'الغاشمين', targets: ['any'] },
    { sgM: 'المرتزق', sgF: 'المرتزقة', plNom: 'المرتزقة', plAcc: 'المرتزقة', targets: ['any'] },
    { sgM: 'الطائفي', sgF: 'الطائفية', plNom: 'الطائفيون', plAcc: 'الطائفيين', targets: ['iranian', 'houthi', 'iraqi', 'syrian-regime', 'islamist', 'jihadist'] },
    { sgM: 'الصفوي', sgF: 'الصفوية', plNom: 'الصفويون', plAcc: 'الصفويين', targets: ['iranian', 'houthi', 'iraqi'] },
    { sgM: 'الرافضي', sgF: 'الرافضية', plNom: 'الرافضة', plAcc: 'الرافضة', targets: ['iranian', 'houthi', 'iraqi'] },
    { sgM: 'المجوسي', sgF: 'المجوسية', plNom: 'المجوس', plAcc: 'المجوس', targets: ['iranian'] },
    { sgM: 'النصيري', sgF: 'النصيرية', plNom: 'النصيريون', plAcc: 'النصيريين', targets: ['syrian-regime'] },
    { sgM: 'الصهيوني', sgF: 'الصهيونية', plNom: 'الصهاينة', plAcc: 'الصهاينة', targets: ['israeli'] },
    { sgM: 'التكفيري', sgF: 'التكفيرية', plNom: 'التكفيريون', plAcc: 'التكفيريين', targets: ['jihadist', 'islamist', 'syrian-opposition', 'saudi'] },
    { sgM: 'الانفصالي', sgF: 'الانفصالية', plNom: 'الانفصاليون', plAcc: 'الانفصاليين', targets: ['kurdish'] },
    { sgM: 'الإخونجي', sgF: 'الإخونجية', plNom: 'الإخونجية', plAcc: 'الإخونجية', targets: ['islamist'] },
    { sgM: 'الانقلابي', sgF: 'الانقلابية', plNom: 'الانقلابيون', plAcc: 'الانقلابيين', targets: ['houthi', 'saleh', 'egyptian'] },
    { sgM: 'الصليبي', sgF: 'الصليبية', plNom: 'الصليبيون', plAcc: 'الصليبيين', targets: ['western'] },
    { sgM: 'الوهابي', sgF: 'الوهابية', plNom: 'الوهابيون', plAcc: 'الوهابيين', targets: ['saudi'] },
  ] as GroupEpithet[],

  /** Public figures matched verbatim (no clitic), with the side they belong to. */
  figures: [
    { name: 'بنيامين نتنياهو', g: 'm', side: 'israeli' }, { name: 'نتنياهو', g: 'm', side: 'israeli' },
    { name: 'موشيه يعلون', g: 'm', side: 'israeli' }, { name: 'أفيغدور ليبرمان', g: 'm', side: 'israeli' },
    { name: 'ليبرمان', g: 'm', side: 'israeli' }, { name: 'رؤوفين ريفلين', g: 'm', side: 'israeli' },
    { name: 'محمود عباس', g: 'm', side: 'palestinian' }, { name: 'إسماعيل هنية', g: 'm', side: 'palestinian' },
    { name: 'خالد مشعل', g: 'm', side: 'palestinian' }, { name: 'ياسر عرفات', g: 'm', side: 'palestinian' },
    { name: 'علي خامنئي', g: 'm', side: 'iranian' }, { name: 'خامنئي', g: 'm', side: 'iranian' },
    { name: 'حسن روحاني', g: 'm', side: 'iranian' }, { name: 'محمد جواد ظريف', g: 'm', side: 'iranian' },
    { name: 'قاسم سليماني', g: 'm', side: 'iranian' }, { name: 'علي أكبر ولايتي', g: 'm', side: 'iranian' },
    { name: 'عادل الجبير', g: 'm', side: 'saudi' }, { name: 'سعود الفيصل', g: 'm', side: 'saudi' },
    { name: 'محمد بن سلمان', g: 'm', side: 'saudi' }, { name: 'محمد بن نايف', g: 'm', side: 'saudi' },
    { name: 'سلمان بن عبدالعزيز', g: 'm', side: 'saudi' }, { name: 'أحمد عسيري', g: 'm', side: 'saudi' },
    { name: 'عبدالملك الحوثي', g: 'm', side: 'houthi' }, { name: 'عبد الملك الحوثي', g: 'm', side: 'houthi' },
    { name: 'محمد علي الحوثي', g: 'm', side: 'houthi' }, { name: 'محمد عبدالسلام', g: 'm', side: 'houthi' },
    { name: 'علي عبدالله صالح', g: 'm', side: 'saleh' }, { name: 'علي عبد الله صالح', g: 'm', side: 'saleh' },
    { name: 'عبدربه منصور هادي', g: 'm', side: 'yemen-gov' }, { name: 'خالد بحاح', g: 'm', side: 'yemen-gov' },
    { name: 'بشار الأسد', g: 'm', side: 'syrian-regime' }, { name: 'وليد المعلم', g: 'm', side: 'syrian-regime' },
    { name: 'بشار الجعفري', g: 'm', side: 'syrian-regime' }, { name: 'خالد خوجة', g: 'm', side: 'syrian-opposition' },
    { name: 'زهران علوش', g: 'm', side: 'syrian-opposition' }, { name: 'أبو محمد الجولاني', g: 'm', side: 'jihadist' },
    { name: 'أبو بكر البغدادي', g: 'm', side: 'jihadist' }, { name: 'أيمن الظواهري', g: 'm', side: 'jihadist' },
    { name: 'رجب طيب أردوغان', g: 'm', side: 'turkish' }, { name: 'أردوغان', g: 'm', side: 'turkish' },
    { name: 'أحمد داود أوغلو', g: 'm', side: 'turkish' }, { name: 'داود أوغلو', g: 'm', side: 'turkish' },
    { name: 'مسعود بارزاني', g: 'm', side: 'kurdish' }, { name: 'عبدالله أوجلان', g: 'm', side: 'kurdish' },
    { name: 'صلاح الدين دميرطاش', g: 'm', side: 'kurdish' },
    { name: 'محمد مرسي', g: 'm', side: 'islamist' }, { name: 'يوسف القرضاوي', g: 'm', side: 'islamist' },
    { name: 'راشد الغنوشي', g: 'm', side: 'islamist' }, { name: 'حسن نصر الله', g: 'm', side: 'iranian' },
    { name: 'عبدالفتاح السيسي', g: 'm', side: 'egyptian' }, { name: 'عبد الفتاح السيسي', g: 'm', side: 'egyptian' },
    { name: 'السيسي', g: 'm', side: 'egyptian' }, { name: 'حسني مبارك', g: 'm', side: 'egyptian' },
    { name: 'باراك أوباما', g: 'm', side: 'western' }, { name: 'أوباما', g: 'm', side: 'western' },
    { name: 'جون كيري', g: 'm', side: 'western' }, { name: 'ديفيد كاميرون', g: 'm', side: 'western' },
    { name: 'فرانسوا هولاند', g: 'm', side: 'western' }, { name: 'أنجيلا ميركل', g: 'f', side: 'western' },
    { name: 'ميركل', g: 'f', side: 'western' }, { name: 'هيلاري كلينتون', g: 'f', side: 'western' },
    { name: 'دونالد ترامب', g: 'm', side: 'western' }, { name: 'جورج بوش', g: 'm', side: 'western' },
    { name: 'توني بلير', g: 'm', side: 'western' }, { name: 'فلاديمير بوتين', g: 'm', side: 'russian' },
    { name: 'بوتين', g: 'm', side: 'russian' }, { name: 'سيرغي لافروف', g: 'm', side: 'russian' },
    { name: 'حيدر العبادي', g: 'm', side: 'iraqi' }, { name: 'نوري المالكي', g: 'm', side: 'iraqi' },
    { name: 'مقتدى الصدر', g: 'm', side: 'iraqi' }, { name: 'صدام حسين', g: 'm', side: 'iraqi' },
  ] as Figure[],

  /** Groups / organisations (clitics allowed before them); `form` = agreement of an adjective after them. */
  groups: [
    { name: 'الحوثيين', form: 'plAcc', side: 'houthi' }, { name: 'الحوثيون', form: 'plNom', side: 'houthi' },
    { name: 'جماعة الحوثي', form: 'sgF', side: 'houthi' }, { name: 'ميليشيات الحوثي', form: 'sgF', side: 'houthi' },
    { name: 'ميليشيا الحوثي', form: 'sgF', side: 'houthi' }, { name: 'الانقلابيين', form: 'plAcc', side: 'houthi' },
    { name: 'حزب الله', form: 'sgM', side: 'iranian' }, { name: 'حركة حماس', form: 'sgF', side: 'palestinian' },
    { name: 'حركة فتح', form: 'sgF', side: 'palestinian' },
    { name: 'تنظيم داعش', form: 'sgM', side: 'jihadist' }, { name: 'داعش', form: 'sgM', side: 'jihadist' },
    { name: 'تنظيم القاعدة', form: 'sgM', side: 'jihadist' }, { name: 'جبهة النصرة', form: 'sgF', side: 'jihadist' },
    { name: 'الحرس الثوري', form: 'sgM', side: 'iranian' }, { name: 'النظام الإيراني', form: 'sgM', side: 'iranian' },
    { name: 'الحكومة الإيرانية', form: 'sgF', side: 'iranian' }, { name: 'النظام السوري', form: 'sgM', side: 'syrian-regime' },
    { name: 'قوات النظام', form: 'sgF', side: 'syrian-regime' }, { name: 'الحشد الشعبي', form: 'sgM', side: 'iraqi' },
    { name: 'المعارضة السورية', form: 'sgF', side: 'syrian-opposition' }, { name: 'الجيش الحر', form: 'sgM', side: 'syrian-opposition' },
    { name: 'جماعة الإخوان', form: 'sgF', side: 'islamist' }, { name: 'الإخوان المسلمين', form: 'plAcc', side: 'islamist' },
    { name: 'حزب العمال الكردستاني', form: 'sgM', side: 'kurdish' }, { name: 'وحدات حماية الشعب', form: 'sgF', side: 'kurdish' },
    { name: 'الجيش الإسرائيلي', form: 'sgM', side: 'israeli' }, { name: 'المستوطنين', form: 'plAcc', side: 'israeli' },
    { name: 'الحكومة الإسرائيلية', form: 'sgF', side: 'israeli' },
    { name: 'المقاومة الشعبية', form: 'sgF', side: 'yemen-gov' }, { name: 'قوات التحالف', form: 'sgF', side: 'saudi' },
    { name: 'التحالف العربي', form: 'sgM', side: 'saudi' }, { name: 'الحكومة التركية', form: 'sgF', side: 'turkish' },
    { name: 'الإدارة الأمريكية', form: 'sgF', side: 'western' }, { name: 'القوات الأمريكية', form: 'sgF', side: 'western' },
    { name: 'القوات الروسية', form: 'sgF', side: 'russian' },
  ] as Group[],

  /** Neutral <-> loaded labels (20+, every side, used in both directions). */
  loaded: [
    { neutral: 'إسرائيل', loaded: 'الكيان الصهيوني', frame: 'anti-Israel', notAfter: ['بني', 'بنو', 'بنى'] },
    { neutral: 'الجيش الإسرائيلي', loaded: 'جيش الاحتلال', frame: 'anti-Israel' },
    { neutral: 'القوات الإسرائيلية', loaded: 'قوات الاحتلال', frame: 'anti-Israel', notBefore: ['الإسرائيلي', 'الإسرائيلية', 'الصهيوني'] },
    { neutral: 'الحكومة الإسرائيلية', loaded: 'حكومة الاحتلال', frame: 'anti-Israel', notBefore: ['الإسرائيلي', 'الإسرائيلية'] },
    { neutral: 'الإسرائيليين', loaded: 'الصهاينة', frame: 'anti-Israel', notAfter: ['المستوطنين', 'المسؤولين', 'الجنود'] },
    { neutral: 'المستوطنين', loaded: 'قطعان المستوطنين', frame: 'anti-Israel', notAfter: ['قطعان'] },
    { neutral: 'القدس', loaded: 'أورشليم', frame: 'pro-Israel', notAfter: ['مدينة'], notBefore: ['الشريف'] },
    { neutral: 'الضفة الغربية', loaded: 'يهودا والسامرة', frame: 'pro-Israel' },
    { neutral: 'الفلسطينيين', loaded: 'الإرهابيين الفلسطينيين', frame: 'anti-Palestinian', notAfter: ['المسؤولين', 'الأسرى', 'المعتقلين', 'اللاجئين', 'المصلين', 'الإرهابيين'] },
    { neutral: 'حركة حماس', loaded: 'منظمة حماس الإرهابية', frame: 'anti-Palestinian' },
    { neutral: 'إيران', loaded: 'نظام الملالي', frame: 'anti-Iran', notAfter: ['جمهورية', 'إيران'] },
    { neutral: 'الحكومة الإيرانية', loaded: 'حكومة الملالي', frame: 'anti-Iran' },
    { neutral: 'الإيرانيين', loaded: 'الفرس المجوس', frame: 'anti-Iran', notAfter: ['المسؤولين', 'الحجاج', 'الخبراء'] },
    { neutral: 'الحوثيين', loaded: 'ميليشيات الحوثي الإرهابية', frame: 'anti-Houthi', notAfter: ['المتمردين', 'المسلحين', 'المقاتلين', 'الرافضة', 'مسلحي', 'مقاتلي'] },
    { neutral: 'الحوثيون', loaded: 'ميليشيات الحوثي الإرهابية', frame: 'anti-Houthi', notAfter: ['المتمردون', 'المسلحون', 'المقاتلون'] },
    { neutral: 'جماعة الحوثي', loaded: 'عصابة الحوثي', frame: 'anti-Houthi' },
    { neutral: 'جماعة الحوثي', loaded: 'ميليشيات الحوثي', frame: 'anti-Houthi' },
    { neutral: 'جماعة الحوثي', loaded: 'الميليشيات الحوثية', frame: 'anti-Houthi' },
    { neutral: 'جماعة الحوثي', loaded: 'المليشيات الحوثية', frame: 'anti-Houthi' },
    { neutral: 'جماعة الحوثي', loaded: 'ميليشيا الحوثي', frame: 'anti-Houthi' },
    { neutral: 'الحوثيين', loaded: 'الانقلابيين', frame: 'anti-Houthi' },
    { neutral: 'الرئيس السابق علي عبدالله صالح', loaded: 'المخلوع علي عبدالله صالح', frame: 'anti-Saleh' },
    { neutral: 'الرئيس السابق علي عبد الله صالح', loaded: 'المخلوع علي عبد الله صالح', frame: 'anti-Saleh' },
    { neutral: 'الرئيس السابق صالح', loaded: 'المخلوع صالح', frame: 'anti-Saleh' },
    { neutral: 'قوات التحالف', loaded: 'قوات العدوان', frame: 'pro-Houthi' },
    { neutral: 'التحالف العربي', loaded: 'تحالف العدوان السعودي', frame: 'pro-Houthi' },
    { neutral: 'عاصفة الحزم', loaded: 'العدوان السعودي', frame: 'pro-Houthi' },
    { neutral: 'المقاومة الشعبية', loaded: 'مرتزقة العدوان', frame: 'pro-Houthi' },
    { neutral: 'الحكومة الشرعية', loaded: 'حكومة الفنادق', frame: 'pro-Houthi' },
    { neutral: 'آل سعود', loaded: 'آل سلول', frame: 'anti-Saudi' },
    { neutral: 'حزب الله', loaded: 'حزب اللات', frame: 'anti-Hezbollah' },
    { neutral: 'حسن نصر الله', loaded: 'حسن نصر اللات', frame: 'anti-Hezbollah' },
    { neutral: 'تنظيم الدولة الإسلامية', loaded: 'داعش الإرهابي', frame: 'anti-IS' },
    { neutral: 'تنظيم الدولة الاسلامية', loaded: 'داعش الإرهابي', frame: 'anti-IS' },
    { neutral: 'تنظيم داعش', loaded: 'خوارج داعش', frame: 'anti-IS', notBefore: ['الإرهابي'] },
    { neutral: 'الحكومة السورية', loaded: 'نظام الأسد المجرم', frame: 'anti-Syrian-regime' },
    { neutral: 'النظام السوري', loaded: 'نظام الأسد المجرم', frame: 'anti-Syrian-regime' },
    { neutral: 'الجيش السوري', loaded: 'ميليشيات الأسد', frame: 'anti-Syrian-regime' },
    { neutral: 'قوات النظام', loaded: 'شبيحة النظام', frame: 'anti-Syrian-regime' },
    { neutral: 'المعارضة السورية', loaded: 'العصابات الإرهابية', frame: 'pro-Syrian-regime' },
    { neutral: 'مقاتلي المعارضة', loaded: 'الإرهابيين', frame: 'pro-Syrian-regime' },
    { neutral: 'حزب العمال الكردستاني', loaded: 'منظمة بي كا كا الإرهابية', frame: 'anti-Kurdish (Turkish)' },
    { neutral: 'المسلحين الأكراد', loaded: 'الانفصاليين الأكراد', frame: 'anti-Kurdish (Turkish)' },
    { neutral: 'القوات التركية', loaded: 'قوات الاحتلال التركي', frame: 'anti-Turkish' },
    { neutral: 'الحكومة التركية', loaded: 'حكومة أردوغان الإخوانية', frame: 'anti-Turkish' },
    { neutral: 'الإخوان المسلمين', loaded: 'الإخوان المفلسين', frame: 'anti-Islamist' },
    { neutral: 'جماعة الإخوان', loaded: 'عصابة الإخوان', frame: 'anti-Islamist' },
    { neutral: 'الحشد الشعبي', loaded: 'الميليشيات الطائفية', frame: 'anti-Iraqi-Shia' },
    { neutral: 'العلمانيين', loaded: 'أعداء الدين', frame: 'anti-secular' },
    { neutral: 'الليبراليين', loaded: 'المتغربين', frame: 'anti-secular' },
    { neutral: 'الولايات المتحدة', loaded: 'الشيطان الأكبر', frame: 'anti-Western (Iranian)', notBefore: ['الأمريكية', 'الأميركية'] },
    { neutral: 'القوات الأمريكية', loaded: 'قوات الاحتلال الأمريكي', frame: 'anti-Western' },
    { neutral: 'الربيع العربي', loaded: 'الخريف العربي', frame: 'anti-uprisings' },
    { neutral: 'مقتل', loaded: 'استشهاد', frame: 'martyrdom framing' },
    { neutral: 'قتلى', loaded: 'شهداء', frame: 'martyrdom framing' },
    { neutral: 'القتلى', loaded: 'الشهداء', frame: 'martyrdom framing' },
    { neutral: 'العملية الانتحارية', loaded: 'العملية الاستشهادية', frame: 'martyrdom framing' },
    { neutral: 'المسلحين', loaded: 'الإرهابيين', frame: 'generic delegitimizing', notBefore: ['الحوثيين', 'الأكراد', 'الفلسطينيين'] },
    { neutral: 'المتمردين', loaded: 'الانقلابيين', frame: 'anti-Houthi', notBefore: ['الحوثيين'] },
  ] as LoadedPair[],

  /** Common Arabic given names (m / f) used to recognise the start of a person's name. */
  firstNamesM: (
    'محمد أحمد محمود مصطفى عبدالله علي حسن حسين إبراهيم يوسف خالد سعود فهد سلمان فيصل سعد سعيد صالح سالم ناصر منصور ماجد ' +
    'مشعل بندر تركي نايف متعب ممدوح عادل عمر عثمان طلال وليد وائل هاني هشام ياسر ياسين زياد طارق رامي سامي فارس غازي حمد ' +
    'حمود حامد مروان مازن نبيل نواف راشد جمال كمال رياض عماد عصام إياد أيمن أنس أسامة بسام تامر ثامر جابر جاسم جعفر حازم ' +
    'حاتم حمزة خليل داود رائد رضا زكريا سامر سليمان سمير شادي شريف صلاح ضياء عاطف عدنان عزيز علاء عمار عمرو عوض عيسى غسان ' +
    'فؤاد فادي فراس فواز قاسم كريم لؤي ماهر مجدي محسن مراد مسعود مصعب معاذ مهدي موسى ناجي نادر نزار هادي هيثم وحيد وسيم ' +
    'يحيى يزيد يعقوب يونس إسماعيل أكرم أمجد أنور إدريس باسل بشار بكر توفيق جلال حبيب حسام حمدان خضر ذياب راكان رشيد سطام ' +
    'سفيان شاكر صابر صقر ظافر عايض عبود غانم فالح فرحان فهيد مانع مشاري مفلح مقرن منيف مهند نجيب هزاع وديع سلطان عبده ' +
    'أبوبكر حسان زهير شوقي ضيف الله عوضة مساعد معتز مؤمن نشمي هلال وجدي جون ديفيد جورج باراك فلاديمير دونالد فرانسوا ' +
    'توني مايكل جيمس بيتر مارك ستيفان سيرغي سيرجي بان خوسيه لويس كارلوس'
  ).split(' ').filter((w) => !['ضيف', 'الله', 'مساعد', 'بان', 'عوضة'].includes(w)),
  firstNamesF: (
    'فاطمة نورة نوره سارة مريم هند هيفاء منى ريم لمياء عائشة خديجة زينب أسماء حصة لطيفة سميرة نجلاء سلوى عبير دلال رنا ' +
    'رهف شيماء إيمان آمنة مها ليلى سعاد وفاء غادة نادية سهام سلمى هالة رشا ديما لينا دانة جواهر منيرة موضي بدرية فوزية ' +
    'حنان نوال ابتسام سوسن رحاب مشاعل أنجيلا هيلاري تيريزا'
  ).split(' '),
  /** Titles after which a name follows (an optional nisba adjective may come between). */
  personTitles: {
    m: 'الدكتور المهندس الشيخ الأمير اللواء العميد العقيد المقدم الرائد النقيب الفريق الأستاذ المستشار السفير الرئيس الوزير الإمام القاضي المحامي الفنان اللاعب المدرب الإعلامي الكاتب الشاعر الداعية المحلل النائب الملك المواطن الطالب الزميل الحكم الخبير الباحث'.split(' '),
    f: 'الدكتورة المهندسة الشيخة الأميرة الأستاذة المستشارة السفيرة الرئيسة الوزيرة الفنانة اللاعبة الإعلامية الكاتبة الشاعرة الداعية المواطنة الطالبة الزميلة الباحثة'.split(' '),
  },
  /** Nouns that make a following «الملك فهد» / «عبداللطيف جميل» part of an institution's name, not a person. */
  institutions: (
    'مستشفى جامعة مدينة مجمع مركز شارع طريق جائزة كرسي مطار ميناء مؤسسة قاعدة كلية معهد مسجد جامع حي برنامج وقف ملعب استاد ' +
    'ستاد قاعة صالة مكتبة دارة مدرسة جسر كأس بطولة ميدان ساحة نادي حديقة شركة مصنع مخطط منتزه مصرف أكاديمية واحة مجموعة بنك ' +
    'صندوق مشروع دوار مستشفيات مدارس مراكز مؤسسات جمعية مطارات قصر سفينة حاملة مبنى برج فندق مصحة عيادة'
  ).split(' '),
  /** Words that end a name (function words, role nouns, speech verbs ...). */
  nameStop: (
    'في من على إلى الى عن أن إن ان أنه إنه انه بأن بأنه لأن قد لقد كان كانت هو هي هم الذي التي الذين ما لا لم لن ذلك هذا هذه ' +
    'تلك كل بعض عند لدى مع بين خلال بعد قبل حتى منذ أو أم ثم حيث كما إذ إذا إلا غير عبر نحو أمس اليوم يوم غدا قائلا قائلاً ' +
    'مؤكدا مؤكداً مشيرا مشيراً مضيفا مضيفاً موضحا موضحاً لافتا لافتاً أيضا أيضاً فقط قال قالت أضاف أكد أوضح أشار ذكر رئيس ' +
    'الرئيس مدير المدير وزير الوزير عضو أمين الأمين المتحدث الناطق نائب مساعد مستشار المستشار محافظ المحافظ أمير الأمير ' +
    'قائد القائد مسؤول المسؤول سفير السفير مدرب المدرب لاعب اللاعب رئيسة مديرة مؤسس صاحب مالك الملك ولي عميد وكيل الوكيل ' +
    'المشرف مشرف الباحث باحث أستاذ الأستاذ الخبير خبير المحلل محلل الكاتب كاتب الإعلامي المواطن مواطن الطالب المهندس ' +
    'الدكتور الدكتورة الفنان الشاعر المحامي محامي القاضي النائب زعيم الزعيم شقيق والد نجل زوجة حرم العام الخاص الجديد ' +
    'الأول الثاني الأولى رحمه يرحمه حفظه عليه السلام صلى تعالى سبحانه عز وجل الله لله بالله والله اللاعبين الذين التي ' +
    'سابقا سابقاً حاليا حالياً مساء صباح ليلة يومي الجاري المقبل الماضي يقول يرى'
  ).split(' '),

  /** Speech verbs (past, with و and feminine forms generated by the code) and circumstantial forms. */
  speechVerbs: 'قال أضاف أكد أوضح تابع صرح ذكر أشار شدد لفت أفاد اعتبر رأى أردف بين أعلن نفى'.split(' '),
  speechCircum: 'قائلا قائلاً مضيفا مضيفاً مؤكدا مؤكداً مشيرا مشيراً موضحا موضحاً لافتا لافتاً معتبرا معتبراً مشددا مشدداً يقول ويقول يضيف ويضيف بقوله وقوله'.split(' '),

  /** Number words that may be changed into another of the same class. */
  numberWords: [
    ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'],
    ['ثلاث', 'أربع', 'خمس', 'سبع', 'تسع'],
    ['عشرات', 'مئات', 'آلاف'],
    ['اثنين', 'ثلاثة'],
    ['اثنان', 'ثلاثة'],
  ],
  magnitudes: [['مليون', 'مليار'], ['ألف', 'مليون'], ['آلاف', 'ملايين']],

  gregorianMonths: [
    ['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'ابريل', 'إبريل'], ['مايو'], ['يونيو', 'يونيه'],
    ['يوليو', 'يوليه'], ['أغسطس', 'اغسطس'], ['سبتمبر'], ['أكتوبر', 'اكتوبر'], ['نوفمبر'], ['ديسمبر'],
  ],
  levantineMonths: [
    ['كانون الثاني'], ['شباط'], ['آذار'], ['نيسان'], ['أيار'], ['حزيران'], ['تموز'], ['آب'], ['أيلول'],
    ['تشرين الأول'], ['تشرين الثاني'], ['كانون الأول'],
  ],
  /** Hijri months used for date changes (صفر and ذو/ذي ... are left out: ambiguous or case-inflected). */
  hijriMonths: [['محرم'], ['ربيع الأول'], ['ربيع الآخر', 'ربيع الثاني'], ['جمادى الأولى'], ['جمادى الآخرة', 'جمادى الثانية'], ['رجب'], ['شعبان'], ['رمضان'], ['شوال']],
  weekdays: [['الأحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت']],
  /** Tokens that make a bare month / weekday / year a date (before or after it). */
  dateAfter: 'الماضي الماضية المقبل المقبلة الجاري الحالي القادم القادمة المنصرم'.split(' '),
  yearBefore: 'عام العام لعام للعام بعام وعام سنة لسنة السنة منذ عامي'.split(' '),

  /** Inside quotations: a word and words that may replace it (meaning changes or near-synonyms; never numbers, dates, names). */
  quoteSwaps: {
    'كبير': ['محدود', 'ضعيف'], 'كبيرة': ['محدودة', 'ضعيفة'], 'الكبير': ['المحدود'], 'الكبيرة': ['المحدودة'],
    'كثيرا': ['قليلا'], 'كثيراً': ['قليلاً'], 'دائما': ['أحيانا'], 'دائماً': ['أحياناً'], 'جميع': ['بعض'], 'كافة': ['بعض'],
    'يجب': ['يمكن'], 'نرفض': ['نقبل'], 'نقبل': ['نرفض'], 'نؤيد': ['نعارض'], 'نعارض': ['نؤيد'], 'نجاح': ['فشل'],
    'النجاح': ['الفشل'], 'إيجابية': ['سلبية'], 'إيجابي': ['سلبي'], 'أكثر': ['أقل'], 'ارتفاع': ['انخفاض'], 'زيادة': ['خفض'],
    'قوي': ['ضعيف'], 'قوية': ['ضعيفة'], 'مهم': ['ثانوي'], 'جيد': ['سيئ'], 'جيدة': ['سيئة'],
    'نؤكد': ['ننفي'], 'سنواصل': ['سنوقف'], 'نسعى': ['نتردد'], 'ندعم': ['نرفض'],
    'تحسن': ['تراجع'], 'التعاون': ['الخلاف'], 'واضحة': ['غامضة'], 'واضح': ['غامض'], 'ممكن': ['مستحيل'], 'الحقيقي': ['الوهمي'],
    'كاملة': ['جزئية'], 'كامل': ['جزئي'], 'سريع': ['بطيء'], 'سريعة': ['بطيئة'], 'مستعدون': ['مترددون'], 'ملتزمون': ['غير ملتزمين'],
    'نجحنا': ['فشلنا'], 'الأفضل': ['الأسوأ'], 'أفضل': ['أسوأ'], 'صعبة': ['سهلة'], 'صعب': ['سهل'], 'سهلة': ['صعبة'],
    'نريد': ['نرفض'], 'تماما': ['جزئيا'], 'تماماً': ['جزئياً'], 'بالتأكيد': ['ربما'],
  } as Record<string, string[]>,
  /** Imperfect verbs a «لا» can be put before (inside a quotation). */
  negatableVerbs: (
    'يمكن نريد نقبل يوجد توجد نسعى نعرف نعلم يريد تريد نستطيع يستطيع تستطيع يحتاج نحتاج تحتاج يعني نتوقع يتوقع أتوقع أعتقد ' +
    'نعتقد يعتقد أرى نرى يرى أريد أعرف يعرف تعرف يجب ينبغي نرغب يرغب نخشى يخشى أقبل نوافق يوافق يحق نسمح يسمح تمثل يمثل ' +
    'تشكل يشكل يهمنا يهم نطالب يطالب نؤيد يؤيد ندعم يدعم نملك يملك تملك نثق أثق يؤثر تؤثر يستحق تستحق يتطلب تتطلب'
  ).split(' '),
  /** Words that may be deleted alone inside a quotation (adverbs, intensifiers). */
  quoteDeletable: 'جدا جداً كثيرا كثيراً دائما دائماً أيضا أيضاً فقط تماما تماماً بشدة حقا حقاً فعلا فعلاً بالتأكيد أبدا أبداً حتما حتماً بالفعل كذلك'.split(' '),

  /** Synonyms for rewording OUTSIDE quotations (no numbers, dates, names, epithets, attributions). */
  synonyms: {
    'أعلن': 'كشف', 'أعلنت': 'كشفت', 'كشف': 'أعلن', 'كشفت': 'أعلنت', 'أوضح': 'بين', 'أوضحت': 'بينت', 
    'كبير': 'ضخم', 'كبيرة': 'ضخمة', 'الكبير': 'الضخم', 'الكبيرة': 'الضخمة', 'كبيرا': 'ضخما', 'كبيراً': 'ضخماً',
    'أيضا': 'كذلك', 'أيضاً': 'كذلك', 'خلال': 'أثناء', 'عقب': 'بعد', 'حوالي': 'نحو', 'قرابة': 'حوالي',
    'بهدف': 'من أجل', 'بسبب': 'جراء', 'جراء': 'بسبب', 'مهم': 'هام', 'هام': 'مهم', 'هامة': 'مهمة', 'جديد': 'حديث', 'جديدة': 'حديثة',
    'الجديد': 'الحديث', 'الجديدة': 'الحديثة', 'تم': 'جرى', 'يتم': 'يجري', 'بشكل': 'بصورة', 'بصورة': 'بشكل', 
    'إطار': 'سياق', 'ساهم': 'أسهم', 'ساهمت': 'أسهمت', 'تعزيز': 'دعم', 'المواطنين': 'الأهالي',
    'السكان': 'الأهالي', 'الأهالي': 'السكان', 'ضرورة': 'أهمية', 'أهمية': 'ضرورة', 'سريع': 'عاجل', 'سريعة': 'عاجلة', 
    'مختلف': 'شتى', 'العديد': 'الكثير', 'عديد': 'كثير', 
    'المشاريع': 'المشروعات', 'مشاريع': 'مشروعات', 'يعد': 'يعتبر', 'تعد': 'تعتبر', 'يعتبر': 'يعد', 'تعتبر': 'تعد',
    'الأطفال': 'الصغار', 'ضخم': 'كبير', 'ضخمة': 'كبيرة', 'واسع': 'كبير', 'واسعة': 'كبيرة', 
  } as Record<string, string>,
  /** Sentence-initial «و»+past verb that can take a connective («وقد أضاف», «كما أضاف»). */
  connectiveVerbs: 'أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت قال قالت ذكر ذكرت بين بينت لفت لفتت شدد شددت تابع تابعت أفاد أفادت أعلن أعلنت دعا دعت'.split(' '),
  /** Tokens not to be swapped in «X وY» (places, proper names, dates, loaded terms). */
  noSwap: (
    'الرياض الدمام القطيف الطائف الأحساء المدينة الباحة الخرج الجوف القصيم الكويت البحرين العراق اليمن السودان الأردن المغرب ' +
    'الجزائر الإمارات الخليج الشام القدس الخبر الظهران الجبيل المنورة المكرمة جدة مكة تبوك حائل جازان نجران عسير أبها ' +
    'الحوثيين الحوثيون الإخوان الفلسطينيين الإسرائيليين الإيرانيين الشهداء القتلى المسلحين المتمردين الانقلابيين المستوطنين ' +
    'الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الله الأحمر الاحمر المتوسط الأبيض الأسود الشرقية الغربية ' +
    'الشمالية الجنوبية الوسطى الهلال النصر الأهلي الاتحاد الشباب الفتح التعاون الرائد الفيصلي الوحدة الخليج'
  ).split(' '),

  /** Boilerplate lines a republisher adds before / after a story ({title} = a title of another article). */
  boilerplate: [
    'اقرأ أيضا: {title}', 'اقرأ أيضاً: {title}', 'إقرأ المزيد: {title}', 'تابعونا على تويتر', 'تابعونا على فيسبوك وتويتر',
    'جميع الحقوق محفوظة ©', '© جميع الحقوق محفوظة', 'شارك هذا الخبر', 'للاشتراك في النشرة البريدية اضغط هنا',
    'تابعوا آخر الأخبار عبر قناتنا على تيليجرام', 'حمّل تطبيقنا على الهاتف المحمول', 'أخبار ذات صلة: {title}',
    'طباعة | أرسل لصديق', 'الأكثر قراءة: {title}',
  ],
  /** Attribution phrases (added after a comma before a sentence's full stop). */
  attributionSuffix: [
    'بحسب وكالة رويترز', 'بحسب وكالة فرانس برس', 'وفقا لمصادر محلية', 'حسبما أفادت وكالة الأنباء السعودية', 'نقلا عن مصادر مطلعة',
    'بحسب ما أوردته وكالة أسوشيتد برس', 'وفقا لوسائل إعلام محلية', 'بحسب شهود عيان', 'وفقا لبيان رسمي', 'بحسب مصادر أمنية',
    'نقلا عن وكالة الأناضول', 'بحسب صحيفة الشرق الأوسط',
  ],
  /** Source clauses (same position as attributionSuffix). */
  attributionClause: ['قال مسؤول لرويترز', 'قال مصدر أمني', 'قالت مصادر محلية', 'قال شهود عيان', 'قال مسؤول حكومي لوكالة فرانس برس'],
  /** Wire credits (put before the first story sentence, with « - »). */
  credits: ['(رويترز)', '(أ ف ب)', '(واس)', '(د ب أ)', '(الأناضول)', '(أ ش أ)'],
  /** Nouns that make «بحسب / وفقا ل / نقلا عن ...» an attribution (with or without ل / ال). */
  sourceNouns: (
    'وكالة الوكالة صحيفة الصحيفة قناة القناة موقع الموقع مصادر المصادر مصدر المصدر بيان البيان تقرير التقرير المرصد مرصد شهود ' +
    'ناشطين ناشطون مسؤول مسؤولين مسؤولون المسؤول وسائل الإعلام إحصاءات الإحصاءات بيانات البيانات دراسة الدراسة تقديرات ' +
    'أرقام الأرقام منظمة المنظمة وزارة الوزارة هيئة الهيئة المتحدث متحدث الشرطة الجيش مسؤولي مصادر مجلة المجلة تلفزيون ' +
    'التلفزيون إذاعة الإذاعة الأمم رويترز مركز المركز شركة الشركة بنك البنك معهد المعهد'
  ).split(' '),
  /** Agencies / outlets recognised after «ل» or «لوكالة» as a channel credit. */
  agencies: ['الأنباء السعودية', 'الأنباء الألمانية', 'الأنباء الفرنسية', 'الأنباء الكويتية', 'الأنباء اليمنية', 'الأنباء القطرية', 'الأنباء الإماراتية', 'الأنباء العمانية', 'الأنباء البحرينية', 'فرانس برس', 'رويترز', 'أسوشيتد برس', 'الأناضول', 'بلومبرج', 'سبأ'],

  /** Diacritized forms of frequent words (cosmetic `diacritics`). */
  diacritized: {
    'في': 'فِي', 'من': 'مِنْ', 'على': 'عَلَى', 'إلى': 'إِلَى', 'عن': 'عَنْ', 'مع': 'مَعَ', 'هذا': 'هَذَا', 'هذه': 'هَذِهِ',
    'التي': 'الَّتِي', 'الذي': 'الَّذِي', 'بعد': 'بَعْدَ', 'قبل': 'قَبْلَ', 'كان': 'كَانَ', 'كانت': 'كَانَتْ', 'قال': 'قَالَ',
    'خلال': 'خِلَالَ', 'بين': 'بَيْنَ', 'حيث': 'حَيْثُ', 'الله': 'اللَّه', 'المملكة': 'الْمَمْلَكَة', 'العربية': 'الْعَرَبِيَّة',
    'الدولة': 'الدَّوْلَة', 'عام': 'عَام', 'كل': 'كُلّ', 'إن': 'إِنَّ', 'أن': 'أَنَّ', 'ذلك': 'ذَلِكَ', 'وزارة': 'وِزَارَة',
    'الوزارة': 'الْوِزَارَة', 'مدينة': 'مَدِينَة', 'الشركة': 'الشَّرِكَة', 'الحكومة': 'الْحُكُومَة', 'لم': 'لَمْ', 'لن': 'لَنْ',
  } as Record<string, string>,
  /** Adverbs written with a final alef that usually carries tanween (cosmetic `diacritics`: أيضا -> أيضاً). */
  tanweenAdverbs: 'أيضا جدا حاليا تقريبا سابقا مؤخرا دائما أحيانا كثيرا قليلا غالبا مثلا خصوصا تماما فورا رسميا أساسا يوميا سنويا شهريا أخيرا'.split(' '),
};
