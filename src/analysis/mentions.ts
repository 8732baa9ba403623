import { isComma, isDefiniteWord, type Token } from '../text/tokenize.js';
import { foldFast } from '../text/normalize.js';
import { WordClass, type ContextLists } from '../context/lists.js';
import { classAt, type Doc, type GroupMention, type PersonMention } from './document.js';

/** The most words a title chain («رئيس أركان الجيش الإسرائيلي») may run before the name. */
const MAX_CHAIN = 6;
/** How many words either side of a match are searched for people and groups. */
const WINDOW = 14;
/** The most words a personal name may have («محمد بن عبد الرحمن آل ثاني» is cut at 4). */
const MAX_NAME = 4;

/**
 * Stage: find the people and groups the text names.
 * A person is found (1) from a title, role or honorific followed by a name («وزيرة النقل
 * الإسرائيلية ميراف ميخائيلي», «الشيخ محمد»), (2) from a known given name followed by another
 * name part («بنيامين نتنياهو»), (3) from a speech verb followed by a two-part name. Later bare
 * mentions of a known family name («كوخافي») are linked to it. Lexicon matches inside a title
 * chain are skipped over, so an epithet wedged into a title does not hide the name; a lexicon
 * word that is a family name right after a given name («عبدالرحمن الزامل») is part of the name,
 * and its match is dropped.
 */
export function findMentions(doc: Doc, whole = false): void {
  const { tokens, lists } = doc;
  const matched = new Set<number>();
  for (const m of doc.matches) for (let k = m.tokenStart; k < m.tokenEnd; k++) if (m.kind !== 'glued') matched.add(k);
  const gluedAt = new Set(doc.matches.filter((m) => m.kind === 'glued').map((m) => m.tokenStart));
  const matchAt = new Map(doc.matches.filter((m) => m.kind === 'word').map((m) => [m.tokenStart, m] as const));

  const people: PersonMention[] = [];
  const isArabic = (k: number) => k < tokens.length && tokens[k].kind === 'arabic';
  const cls = (k: number) => classAt(doc, k);
  /** A listed place or organisation (not a person's given name) starts at token k, as written. */
  const isKnownName = (k: number) => {
    const hit = tokens[k].kind === 'arabic' ? doc.gazetteer.lookup(tokens, k) : null;
    return !!hit && hit.clitic === 0 && !hit.entry.ambiguous && !lists.givenNames.hasExact(tokens[k].norm);
  };
  // A title that folds from a common word is that word: «أمام» (in front of) is not «إمام».
  const isTitle = (k: number) => isArabic(k) && (cls(k) & (WordClass.Title | WordClass.Honorific)) !== 0 && !isTitleHomograph(k);
  const isTitleHomograph = (k: number) => {
    const written = doc.input.slice(tokens[k].start, tokens[k].end).replace(/[\u064b-\u0652\u0640]/gu, '');
    return lists.titleHomographs.has(written) || (/^[وف]/u.test(written) && lists.titleHomographs.has(written.slice(1)));
  };
  const isParticle = (k: number) => lists.nameParticles.hasExact(tokens[k].norm);
  // A given name that is also a common word («علي» is «على» once ى is folded) does not start a name.
  // «عبد» or «أبو» before a word with the article is a given name of its own: «عبد الفتاح», «أبو بكر».
  const isTheophoric = (k: number) => isArabic(k) && (tokens[k].norm === 'عبد' || tokens[k].norm === 'ابو') && k + 1 < tokens.length && tokens[k + 1].norm.startsWith('ال');
  // A given name that reads as a clitic and a function word («وفي» = و + «في») is that.
  const isGiven = (k: number) => isArabic(k) && (((cls(k) & (WordClass.GivenExact | WordClass.FunctionExact)) === WordClass.GivenExact &&
    !(/^[وفبل]/u.test(tokens[k].norm) && lists.functionWords.hasExact(tokens[k].norm.slice(1)))) || isTheophoric(k));
  /**
   * Does token k carry the article? «إلياس», «إلهام» fold to words starting with «ال» but the
   * text's hamza shows the alef is the name's own.
   */
  const hasArticle = (k: number) => tokens[k].norm.startsWith('ال') && !/^[إأآ]/u.test(doc.input[tokens[k].start]);
  /** A given name with the article, as Gulf names chain them: «مشعل الأحمد الجابر», «فاطمة الزهراء». */
  const isDefiniteGiven = (k: number) => isArabic(k) && tokens[k].norm.startsWith('ال') && tokens[k].norm.length > 4 && lists.givenNames.hasExact(tokens[k].norm.slice(2));
  /** A given name that is also a common word («علي» is «على») counts right after a title when a name follows. */
  const isGivenAfterTitle = (k: number) => isArabic(k) && (cls(k) & WordClass.GivenExact) !== 0 && !(cls(k) & (WordClass.Complementizer | WordClass.SpeechVerb)) &&
    k > 0 && isTitleOrChain(k - 1) && nameLikeNext(k);

  /**
   * Is the lexicon word at token k a part of the name being read (at `position` in it)? Many
   * insulting words are also names:
   *  - after «بن», «آل», «أبو», ending the name: «بن الذيب», «آل الجزار»;
   *  - a family name the entry marks as such («العبيد», «العرج») after a chain of given names, or
   *    alone right after a title («السفير العياشي»);
   *  - a nisba after given names is a family name: «حسن العجمي», «صالح الكلباني»;
   *  - a bare word between a given name and another name part is a father's name: «اللواء فيصل
   *    حمير البلعاسي»; right after a definite title and before a family name it is the given
   *    name: «الدكتور فلاح الدوسري».
   * An epithet put next to a name has the article and stands after the family name or inside
   * the title chain («وزير الخارجية التركي الخائن هاكان فيدان», «أفيف كوخافي القذر»).
   */
  const lexiconWordInName = (k: number, position: number): boolean => {
    const m = matchAt.get(k);
    if (!m) return false;
    const a = m.analysis;
    const definite = hasArticle(k);
    // Only the bare word, or the word with its article: «والخائن», «بالكلب» are no name parts.
    if (a && (a.suffix !== '' || (a.prefix !== '' && a.prefix !== 'ال'))) return false;
    const givenChain = () => {
      // (A word after «أبو», «بن» is a name too: «أبو لؤلؤة المجوسي».)
      for (let j = k - position; j < k; j++) if (!isGiven(j) && !isParticle(j) && !isDefiniteGiven(j) && !(j > k - position && isParticle(j - 1))) return false;
      return position > 0;
    };
    // (Not when a given name follows: «سلمان بن الشواذ عبدالعزيز» has the father's name after
    // the word, which was put between «بن» and that name.)
    if (position > 0 && isParticle(k - 1)) return !(isGiven(k + 1) || isTheophoric(k + 1));
    if (m.hit.entry.family_name === true) {
      // Alone right after a title only where the name visibly ends: «السفير العياشي إن …», not
      // «الأمين الذئاب العام».
      if (position === 0) return k > 0 && isTitle(k - 1) && !nameLikeNext(k) && nameEndsAfter(k);
      if (position > 1 && !definite) return false;
      return givenChain();
    }
    const next = k + 1;
    const familyNext = isArabic(next) && !matched.has(next) && tokens[next].sentence === tokens[k].sentence && nameLikeNext(k) && (hasArticle(next) || isGiven(next));
    if (!definite && position > 0 && isGiven(k - 1) && familyNext) return true;
    if (!definite && position === 0 && k > 0 && isTitle(k - 1) && hasArticle(k - 1) && familyNext && hasArticle(next)) return true;
    return definite && position > 0 && tokens[k].norm.endsWith('ي') && m.hit.number === 'singular' && givenChain();
  };

  const nameLike = (k: number, position: number): boolean => {
    if (!isArabic(k) || gluedAt.has(k)) return false;
    const w = tokens[k].norm;
    if (position === 0 && (isGiven(k) || isGivenAfterTitle(k)) && !hasArticle(k)) return true;
    // A title word that is a given name here: «مساعد بن محمد», «سلطان أحمد بن سليم».
    if (position === 0 && isTitle(k) && titleIsGivenName(k)) return true;
    // A lexicon word that is also a common family name (the entry says so: «العبيد», «العرج»)
    // after a chain of given names is that family name («صالح عبدالكريم العبيد»), nowhere
    // else: after a family name («أفيف كوخافي القذر») it is an epithet.
    if (matched.has(k)) return lexiconWordInName(k, position);
    if (isParticle(k)) return true;
    if (w.length < 2) return false;
    // A regnal number after a given name: «تشارلز الثالث», «محمد السادس».
    if (position === 1 && isGiven(k - 1) && REGNAL.test(w)) return true;
    // After «بن», «آل», «أبو» any word is a name part: «آل خليفة», «بن سلمان».
    if (position > 0 && isParticle(k - 1) && !(cls(k) & (WordClass.Complementizer | WordClass.SpeechVerb)) && !CHAIN_BREAKS.has(w)) return true;
    // A third indefinite part after a family name is a following word, not a name part
    // («ليونيل ميسي هدفين»): only given names chain on («محمد حمدان دقلو»).
    // A short syllable still continues a name that began with a given name: «كيم جونغ أون».
    if (position >= 2 && !w.startsWith('ال') && !isGiven(k) && !isGiven(k - 1) && !isDefiniteGiven(k - 1) && !isParticle(k - 1) && !(position === 2 && isTheophoric(k - 2)) &&
        !(w.length <= 3 && isGiven(k - position)) && !(position === 2 && thirdPartEnds(k))) return false;
    // A listed organisation or place is not a family name: «صادق الكنيست».
    if (position > 0) {
      const hit = doc.gazetteer.lookup(tokens, k);
      if (hit && hit.clitic === 0 && !hit.entry.ambiguous && hit.entry.kind !== 'country') return false;
    }
    // A family name with the article («العلي», «الخطيب») is checked as written: its stem may
    // well be a common word.
    // A name part never carries a conjunction or preposition with the article («للصحافيين»,
    // «والمعادن»), and a known place, organisation head or date word («الجيش», «الأسبوع») is
    // not a family name.
    if (/^(لل|[وفبك]ال)/u.test(w) && w.length > 4) return false;
    if (position > 0 && (doc.gazetteer.headKind(tokens[k]) !== null || (w.startsWith('ال') && doc.dates.phrases.has(w)))) return false;
    if (position > 0 && w.startsWith('ال')) {
      // Right after a known given name even a title is a family name: «أحمد الخطيب», «سعد الأمير».
      const afterGiven = position === 1 && isGiven(k - 1);
      // After a chain of given names, a nisba is a family name too: «عبد الملك الحوثي».
      let givenChain = true;
      for (let j = k - position; j < k; j++) {
        if (!isGiven(j) && !isParticle(j) && !isDefiniteGiven(j) && !(j > 0 && isTheophoric(j - 1)) && !(isTitle(j) && titleIsGivenName(j))) givenChain = false;
      }
      // A nisba after two or more name parts is a family name too: «محمد شياع السوداني»; any
      // other definite word there is what follows the name: «آموس هوكستين الاتفاق». «الله»
      // ends compound names: «حسن نصر الله».
      if (position >= 2 && !givenChain && !w.endsWith('ي') && !isDefiniteGiven(k) && w !== 'الله') return false;
      return !lists.functionWords.hasExact(w) && (givenChain || position >= 2 || !lists.groups.groupOf(w)) &&
        (afterGiven || (!lists.titles.hasExact(w) && !lists.honorifics.hasExact(w) && !lists.personNouns.hasExact(w)));
    }
    // A title between a given name and more name parts is a name part: «حسين أمير عبد اللهيان».
    const titleInName = position === 1 && isGiven(k - 1) && (cls(k) & WordClass.GivenExact) !== 0 && !(cls(k) & (WordClass.SpeechVerb | WordClass.Complementizer)) &&
      k + 1 < tokens.length && (isGiven(k + 1) || isTheophoric(k + 1));
    if (!titleInName && cls(k) & (WordClass.Title | WordClass.Honorific | WordClass.SpeechVerb | WordClass.PersonNoun | WordClass.GroupNoun | WordClass.OrgHead | WordClass.Complementizer)) return false;
    // A common word ends a name. A name that merely reads as a common word with a clitic or
    // pronoun («قصرة» as «قصر» + ه, «ميته») does not, inside a name or before another part.
    // A common word right after a given name may still be the family name: «يحيى سريع», «قيس
    // سعيد» (not a short particle or an adverb in -ا: «محمد أيضا»).
    // The name must clearly end there: punctuation, a particle or a verb of speech follows.
    if ((cls(k) & WordClass.FunctionExact) !== 0 && !(position === 1 && isGiven(k - 1) && w.length >= 4 && !w.endsWith('ا') && !CHAIN_BREAKS.has(w) && nameEndsAfter(k))) return false;
    if (cls(k) & WordClass.Function && position === 0 && !nameLikeNext(k)) return false;
    if (lists.groups.groupOf(w)) return false;
    // A first name rarely carries the article; later parts often do («سعد الحريري»).
    if (position === 0 && w.startsWith('ال')) return false;
    // An unlisted first part that reads as a verb or an elative is one: «يضر», «تقوم», «أكبر»;
    // one with و is a coordinated word: «وحماية». (Listed given names passed above.)
    if (position === 0 && ((/^[يت]/u.test(w) && w.length <= 4) || (w.startsWith('ا') && w.length === 4 && (cls(k) & WordClass.Function) !== 0) || (w.startsWith('و') && w.length >= 4))) return false;
    // A preposition on a word starts a phrase, not a name: «بفرع» cannot start a name (names
    // that begin with these letters, «بشار», «لطفي», are in the given-name list), and after the
    // first part a preposition on a common word ends it («ران كوخاف لتلفزيون»).
    // (ك and ف start too many foreign names to count: «كريستيانو», «فولوديمير».)
    if (position === 0 && w.length >= 4 && /^[بل]/u.test(w)) return false;
    if (position > 0 && /^[بلفك]/u.test(w) && w.length > 4 && lists.functionWords.hasExact(w.slice(1))) return false;
    // A known place, organisation or outlet with a preposition ends the name: «ميخائيلي لرويترز».
    if (position > 0 && /^[وبلفك]/u.test(w) && (doc.gazetteer.lookup(tokens, k)?.clitic ?? 0) > 0) return false;
    return true;
  };

  /** A title, a rank modifier («الفريق أول») or a definite word that can end a title chain. */
  const isTitleOrChain = (k: number) => isArabic(k) && (isTitle(k) || lists.titleModifiers.hasExact(tokens[k].norm) || tokens[k].norm.startsWith('ال') || !!lists.groups.groupOf(tokens[k].norm));

  /** Does the name clearly end after token k: a sentence end, comma, particle, speech verb or complementizer? */
  const nameEndsAfter = (k: number): boolean => {
    const n = k + 1;
    if (n >= tokens.length || tokens[n].sentence !== tokens[k].sentence || tokens[n].kind === 'punct') return true;
    return CHAIN_BREAKS.has(tokens[n].norm) || (cls(n) & (WordClass.SpeechVerb | WordClass.Complementizer)) !== 0;
  };

  /**
   * A third plain part is still a name part when the name visibly ends after it and it does not
   * look like a dual, plural or suffixed noun: «أرانتشا غونزاليس لايا لوكالة …», «… لايا إن».
   */
  const thirdPartEnds = (k: number): boolean => {
    const w = tokens[k].norm;
    if (/(ين|ون|ات|ها|هم|هما|ه)$/u.test(w)) return false;
    if (nameEndsAfter(k) && !(k + 1 < tokens.length && isComma(tokens[k + 1]))) return true;
    const n = k + 1;
    return n < tokens.length && tokens[n].kind === 'arabic' && /^و?ل/u.test(tokens[n].norm) &&
      (lists.mediaHeads.has(tokens[n].norm.replace(/^و?ل/u, '')) || (doc.gazetteer.lookup(tokens, n)?.clitic ?? 0) > 0);
  };

  /** Is the title word at k a given name here: bare, and followed by «بن», a given name, or a plain family name? */
  const titleIsGivenName = (k: number): boolean => {
    const w = tokens[k].norm;
    if (w.startsWith('ال') || !isArabic(k + 1) || tokens[k + 1].sentence !== tokens[k].sentence) return false;
    // «مساعد بن محمد العيبان»: before «بن» any title word is a given name.
    if (/^(بن|بنت|ابن)$/u.test(tokens[k + 1].norm)) return true;
    if (!lists.givenNames.hasExact(w)) return false;
    const next = tokens[k + 1].norm;
    if (isGiven(k + 1)) return true;
    return next.startsWith('ال') && next.length > 4 && nameEndsAfter(k + 1) && !(cls(k + 1) & (WordClass.Title | WordClass.Honorific | WordClass.Function | WordClass.PersonNoun | WordClass.GroupNoun)) &&
      !lists.groups.groupOf(next) && !doc.gazetteer.adjectiveCountry(next) && !isKnownName(k + 1) && !doc.dates.phrases.has(next) && doc.gazetteer.headKind(tokens[k + 1]) === null;
  };

  /** Does a plain name part follow token k (so that k is not the last part of a name)? */
  const nameLikeNext = (k: number): boolean => {
    const n = k + 1;
    if (!isArabic(n) || matched.has(n) || tokens[n].sentence !== tokens[k].sentence) return false;
    return isGiven(n) || !(cls(n) & (WordClass.Function | WordClass.Title | WordClass.Honorific | WordClass.SpeechVerb));
  };

  const takeName = (from: number): number => {
    let k = from;
    let parts = 0; // particles («بن», «آل») do not count towards MAX_NAME: «محمد بن راشد آل مكتوم»
    while (k < tokens.length && parts < MAX_NAME && tokens[k].sentence === tokens[from].sentence && nameLike(k, k - from)) {
      // An article-bearing part ends the name («سعد الحريري», not «سعد الحريري الزعيم»),
      // except after a joining particle («عبد العزيز بن سلمان», «أبو الغيط») or when it is a
      // given name with the article («مشعل الأحمد الجابر الصباح»).
      const article = hasArticle(k) && !isParticle(k) && !(k > from && isParticle(k - 1)) && !(isDefiniteGiven(k) && nameLikeNext(k) && k + 1 < tokens.length && (tokens[k + 1].norm.startsWith('ال') || isGiven(k + 1)));
      if (!isParticle(k)) parts++;
      k++;
      if (article) break;
    }
    // A name does not end on a joining particle.
    while (k > from && isParticle(k - 1)) k--;
    return k;
  };

  const addPerson = (chainStart: number, nameStart: number, nameEnd: number) => {
    const a = tokens[nameStart];
    const b = tokens[nameEnd - 1];
    people.push({
      nameStart, nameEnd, chainStart, start: a.start, end: b.end,
      key: tokens.slice(nameStart, nameEnd).filter((_, j) => !isParticle(nameStart + j)).map((t) => t.norm),
      personId: -1,
    });
  };

  // Only the words around a match need their people and groups found (every rule that ties a
  // word to a target looks at most a title chain and a name away); other mentions of those
  // people are linked below by name anywhere in the text.
  const near = whole ? new Uint8Array(tokens.length).fill(1) : windowsAround(doc);
  let i = 0;
  while (i < tokens.length) {
    if (!near[i]) {
      i++;
      continue;
    }
    if (isTitle(i) && !matched.has(i) && titleIsGivenName(i)) {
      // «سلطان أحمد بن سليم», «مساعد بن محمد العيبان», «أمين الناصر»: a title that is also a
      // given name, before a name part rather than a complement, starts the name.
      const nameEnd = takeName(i);
      if (nameEnd - i >= 2) {
        addPerson(i, i, nameEnd);
        i = nameEnd;
        continue;
      }
    }
    if (isTitle(i) && !matched.has(i)) {
      // Walk the chain: titles, definite complements, nisba adjectives, construct links,
      // commas, and any lexicon match (an inserted epithet) until a name appears.
      let k = i + 1;
      let steps = 0;
      let head = true; // the previous word can govern a construct («رئيس أركان ...»)
      while (k < tokens.length && steps < MAX_CHAIN && tokens[k].sentence === tokens[i].sentence) {
        const t = tokens[k];
        if (isComma(t)) { k++; continue; }
        const placeComplement = (t.norm === 'في' || t.norm === 'عن' || t.norm === 'الي') && k + 1 < tokens.length && (isDefinite(tokens[k + 1]) || isKnownName(k + 1)) && tokens[k + 1].sentence === t.sentence;
        if (t.kind !== 'arabic' || (isGiven(k) && !hasArticle(k)) || gluedAt.has(k) || (CHAIN_BREAKS.has(t.norm) && !placeComplement)) break;
        const link: boolean = head && !(cls(k) & (WordClass.Complementizer | WordClass.SpeechVerb)) && !CHAIN_BREAKS.has(t.norm) && isConstructLink(tokens, k, isKnownName);
        // A listed place or organisation ends a construct like a definite noun: «محافظ حلب», «مدرب فرنسا».
        if (head && isKnownName(k)) {
          const hit = doc.gazetteer.lookup(tokens, k)!;
          head = false;
          steps++;
          k = hit.to;
          continue;
        }
        // «مدير إدارة العلاقات العامة في البلدية محمد العتيبي»: a place complement in the title.
        if (placeComplement) {
          head = false;
          k++;
          steps++;
          continue;
        }
        if (matched.has(k) && nameLike(k, 0)) break; // a family name right after the title
        const coordinated = t.norm.startsWith('وال') && t.norm.length > 4; // «وزير التجهيز والماء»
        if (matched.has(k) || isTitle(k) || lists.titleModifiers.hasExact(t.norm) || isDefinite(t) || coordinated || lists.groups.groupOf(t.norm) || link) {
          head = isTitle(k) || link || lists.titleModifiers.hasExact(t.norm); // «المتحدث باسم وزارة …»
          k++;
          steps++;
          continue;
        }
        break;
      }
      const nameEnd = takeName(k);
      if (nameEnd > k) {
        addPerson(i, k, nameEnd);
        i = nameEnd;
        continue;
      }
    } else if (isGiven(i) && !matched.has(i)) {
      // «بنيامين نتنياهو»: a given name and at least one more name part.
      const nameEnd = takeName(i);
      if (nameEnd - i >= 2) {
        addPerson(i, i, nameEnd);
        i = nameEnd;
        continue;
      }
    } else if (isArabic(i) && tokens[i].norm.startsWith('ال') && isArabic(i + 1) && !isDefinite(tokens[i + 1]) && !matched.has(i) && tokens[i + 1].sentence === tokens[i].sentence &&
        !(cls(i + 1) & WordClass.Function) && (lists.groups.groupOf(tokens[i].norm) || doc.gazetteer.adjectiveCountry(tokens[i].norm))) {
      // «وأحرز الفرنسي كيليان مبابي ثلاثية»: a nationality before a two-part name. The name
      // starts with a known given name, or is made of words no list knows (a foreign name):
      // «الفلسطينيين على اقتحام», «المصرية حملة لتطعيم» are phrases.
      const nameEnd = takeName(i + 1);
      let plain = isGiven(i + 1);
      if (!plain) {
        plain = true;
        for (let j = i + 1; j < nameEnd; j++) if (tokens[j].norm.startsWith('ال') || cls(j) !== 0 || lists.functionWords.has(tokens[j].norm)) plain = false;
      }
      if (nameEnd - (i + 1) >= 2 && plain) {
        addPerson(i + 1, i + 1, nameEnd);
        i = nameEnd;
        continue;
      }
    } else if (isArabic(i) && (cls(i) & WordClass.SpeechVerb) !== 0 && !matched.has(i)) {
      // «قال محمد العلي»: a two-part name right after a speech verb. Without a known given name
      // first, no part may carry the article: «قال دفاع المتهم», «أكد صندوق النقد» are phrases.
      const nameEnd = takeName(i + 1);
      let plain = isGiven(i + 1);
      if (!plain) {
        plain = true;
        for (let j = i + 1; j < nameEnd; j++) if (tokens[j].norm.startsWith('ال')) plain = false;
      }
      if (nameEnd - (i + 1) >= 2 && plain) addPerson(i + 1, i + 1, nameEnd);
    }
    i++;
  }

  // A name glued to the epithet before it («الدودةنعيم قاسم»): the glued piece is a given name
  // and the name goes on in the next words.
  for (const m of doc.matches) {
    if (m.kind !== 'glued' || !m.gluedTo || m.gluedTo.start < m.end) continue;
    const piece = foldFast(doc.input.slice(m.gluedTo.start, m.gluedTo.end));
    if (!lists.givenNames.hasExact(piece)) continue;
    const k = m.tokenStart;
    const nameEnd = k + 1 < tokens.length && tokens[k + 1].sentence === tokens[k].sentence ? Math.max(k + 1, takeName(k + 1)) : k + 1;
    people.push({
      nameStart: k, nameEnd, chainStart: k, start: m.gluedTo.start, end: tokens[nameEnd - 1].end,
      key: [piece, ...tokens.slice(k + 1, nameEnd).filter((_, j) => !isParticle(k + 1 + j)).map((t) => t.norm)],
      personId: -1,
    });
  }
  people.sort((a, b) => a.nameStart - b.nameStart);

  // Lexicon words that turned out to be parts of names are names, not findings.
  const inName = new Uint8Array(tokens.length);
  for (const p of people) inName.fill(1, p.nameStart, p.nameEnd);
  doc.matches = doc.matches.filter((m) => m.kind === 'glued' || !inName[m.tokenStart]);

  // Later mentions: a known name's last part standing alone elsewhere.
  const known = new Map<string, number>();
  let nextId = 0;
  // The same full name twice is one person, however common its parts («سمير العلي»).
  const fullNames = new Map<string, number>();
  for (const p of people) {
    const last = p.key[p.key.length - 1];
    const full = p.key.join(' ');
    const existing = (p.key.length >= 2 ? fullNames.get(full) : undefined) ?? p.key.map((w) => known.get(w)).find((id) => id !== undefined);
    p.personId = existing ?? nextId++;
    if (p.key.length >= 2 && !fullNames.has(full)) fullNames.set(full, p.personId);
    if (last && isDistinctiveName(lists, last)) known.set(last, p.personId);
  }
  const covered = new Set<number>();
  for (const p of people) for (let k = p.chainStart; k < p.nameEnd; k++) covered.add(k);
  for (let k = 0; known.size > 0 && k < tokens.length; k++) {
    if (covered.has(k) || !isArabic(k)) continue;
    const id = known.get(tokens[k].norm) ?? known.get(stripClitic(tokens[k].norm));
    if (id === undefined) continue;
    const t = tokens[k];
    people.push({ nameStart: k, nameEnd: k + 1, chainStart: k, start: t.start, end: t.end, key: [t.norm], personId: id });
  }
  people.sort((a, b) => a.nameStart - b.nameStart);
  doc.people = people;

  // Groups are only ever asked about around matches (targets of epithets), even for a whole text.
  const groups: GroupMention[] = [];
  const stillMatched = new Set<number>();
  for (const m of doc.matches) for (let k = m.tokenStart; k < m.tokenEnd; k++) if (m.kind !== 'glued') stillMatched.add(k);
  const nearMatch = whole ? windowsAround(doc) : near;
  for (let k = 0; k < tokens.length; k++) {
    if (!isArabic(k) || stillMatched.has(k) || !nearMatch[k]) continue;
    const w = tokens[k].norm;
    const groupId = lists.groups.groupOf(w);
    if (groupId || (cls(k) & WordClass.GroupNoun) !== 0) groups.push({ token: k, groupId });
  }
  doc.groups = groups;
}

/** The tokens within WINDOW words of a match, in its sentence. */
function windowsAround(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const near = new Uint8Array(tokens.length);
  for (const m of doc.matches) {
    const sentence = tokens[m.tokenStart].sentence;
    for (let k = m.tokenStart - 1, n = 0; k >= 0 && n < WINDOW && tokens[k].sentence === sentence; k--, n++) near[k] = 1;
    for (let k = m.tokenStart; k < tokens.length && k < m.tokenEnd + WINDOW && tokens[k].sentence === sentence; k++) near[k] = 1;
  }
  return near;
}


function isDefinite(t: Token): boolean {
  return t.kind === 'arabic' && isDefiniteWord(t.norm);
}

/**
 * An indefinite word inside a construct chain is part of the title, not the name: in «رئيس أركان
 * الجيش» and «وزير خارجية الإمارات» the word after an indefinite head is itself followed by a
 * definite one. After a definite head («الرئيس محمد الحسن») the next word starts the name.
 */
function isConstructLink(tokens: readonly Token[], k: number, isKnownName: (k: number) => boolean): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'arabic' || isDefinite(prev)) return false;
  // A run of indefinite nouns in construct ends on a definite one or a listed name: «رئيس مجلس
  // إدارة حلبة البحرين», «رئيس بلدية حوارة».
  for (let j = k + 1; j < tokens.length && j <= k + MAX_CONSTRUCT; j++) {
    const t = tokens[j];
    if (t.kind !== 'arabic' || t.sentence !== tokens[k].sentence || CHAIN_BREAKS.has(t.norm)) return false;
    if (isDefinite(t) || isKnownName(j)) return true;
  }
  return false;
}

/** Regnal numbers: «الأول» … «العاشر». */
const REGNAL = /^ال(اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/u;

/** The most indefinite nouns a construct chain may run before its definite end. */
const MAX_CONSTRUCT = 3;

/** Particles and prepositions that never link a construct chain: «خليفة أن السباق». */
const CHAIN_BREAKS = new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'بعد', 'قبل', 'عند', 'حتي', 'منذ', 'خلال', 'ضد', 'بين', 'لدي', 'او', 'ثم', 'قد', 'لقد', 'كان', 'كانت', 'لم', 'لن', 'لا', 'ما', 'هو', 'هي', 'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);

/** A name with a preposition or conjunction attached: «لكوخافي», «وكوخافي». */
function stripClitic(w: string): string {
  return w.length > 4 && /^[وفبل]/u.test(w) ? w.slice(1) : w;
}

/** Later mentions are linked by a distinctive last name only: not a short or common word. */
export function isDistinctiveName(lists: ContextLists, w: string): boolean {
  return w.length >= 4 && !lists.functionWords.has(w) && !lists.givenNames.hasExact(w);
}
