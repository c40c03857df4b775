/** Look-up sets built once from the word lists in `lang/id/reporting.ts`. */
import {
  ACCORDING_FILLERS, ACCORDING_TO, ADJUNCT_OPENERS, ADVERBS, CLAUSE_MARKERS, CLITIC, COMPLEMENTISERS,
  CONNECTORS, CONTROL_STARTS, COORDINATORS, DAY_NAMES, DEMIKIAN_NOUNS, DEMONSTRATIVES, HEDGES,
  INDEFINITES, INLINE_CUES, INTERMEDIARIES, IRREALIS, LEADING_ADJUNCTS, NEGATORS, NP_CUTS,
  ORG_ANAPHOR_HEADS, ORG_CLASSIFIERS, PASSIVE_CUES, PASSIVE_SOURCE_CUES, PERSON_ROLE_HEADS,
  PLACE_PREPOSITIONS, PLURAL_MARKERS, POST_CUES, PRONOUNS_PLURAL, PRONOUNS_SIDE, PRONOUNS_SINGULAR,
  QUESTION_WORDS, REPORTING_VERBS, SOURCE_LEAD, SOURCE_OPENERS, SPEAKER_STOPS, SUBORDINATORS,
  TITLE_ABBREVIATIONS, TOPIC_WORDS, VERBAL_ADJUNCTS, VERB_LIKE_NOUNS,
} from '../lang/id/reporting.js';

export const postCues = new Set(POST_CUES);
export const demikianNouns = new Set(DEMIKIAN_NOUNS);
export const reportingVerbs = new Map(Object.entries(REPORTING_VERBS));
export const accordingTo = new Set(ACCORDING_TO);
export const sourceOpeners = new Set(SOURCE_OPENERS);
export const passiveCues = new Map(Object.entries(PASSIVE_CUES));
export const passiveSourceCues = new Set(PASSIVE_SOURCE_CUES);
export const hedges = new Set(HEDGES);
export const pronounsSg = new Set(PRONOUNS_SINGULAR);
export const pronounsPl = new Set(PRONOUNS_PLURAL);
export const complementisers = new Set(COMPLEMENTISERS);
export const negators = new Set(NEGATORS);
export const adverbs = new Set(ADVERBS);
export const adjunctOpeners = new Set(ADJUNCT_OPENERS);
export const intermediaries = new Set(INTERMEDIARIES);
export const coordinators = new Set(COORDINATORS);
export const connectors = new Set(CONNECTORS);
export const pluralMarkers = new Set(PLURAL_MARKERS);
export const personRoleHeads = new Set(PERSON_ROLE_HEADS);
export const orgClassifiers = new Set(ORG_CLASSIFIERS);
export const orgAnaphorHeads = new Set(ORG_ANAPHOR_HEADS);
export const demonstratives = new Set(DEMONSTRATIVES);
export const verbLikeNouns = new Set(VERB_LIKE_NOUNS);
export const leadingAdjuncts = new Set(LEADING_ADJUNCTS);
export const sourceLead = new Set(SOURCE_LEAD);
export const placePrepositions = new Set(PLACE_PREPOSITIONS);
export const pronounsSide = new Set(PRONOUNS_SIDE);
export const titleAbbreviations = new Set(TITLE_ABBREVIATIONS);

/** The short stem of a post-quote cue word, with or without "-nya"; null if it is none. */
export function postCueRoot(word: string): { root: string; clitic: boolean } | null {
  if (postCues.has(word)) return { root: word, clitic: false };
  if (word.endsWith(CLITIC)) {
    const root = word.slice(0, -CLITIC.length);
    if (postCues.has(root)) return { root, clitic: true };
  }
  return null;
}

/** Any word that can start an attribution right after a closing mark. */
export function isCueWord(word: string): boolean {
  return postCueRoot(word) !== null || reportingVerbs.has(word) || word === 'demikian';
}

/** meN-/ber-/di-/ter- forms: a verb inside what should be a noun phrase. */
const VERB_SHAPE = /^(?:me(?:ng|ny|m|n)?|ber|di|ter)[a-z]{3,}$/;
export function isVerbLike(word: string): boolean {
  return VERB_SHAPE.test(word) && !verbLikeNouns.has(word);
}

export const clauseMarkers = new Set(CLAUSE_MARKERS);

export const irrealis = new Set(IRREALIS);

export const topicWords = new Set(TOPIC_WORDS);

export const controlStarts = new Set(CONTROL_STARTS);

export const questionWords = new Set(QUESTION_WORDS);

export const subordinators = new Set(SUBORDINATORS);

export const accordingFillers = new Set(ACCORDING_FILLERS);

export const dayNames = new Set(DAY_NAMES);

export const inlineCues = new Set(INLINE_CUES);

export const speakerStops = new Set(SPEAKER_STOPS);

export const npCuts = new Set(NP_CUTS);

export const indefinites = new Set(INDEFINITES);

export const verbalAdjuncts = new Set(VERBAL_ADJUNCTS);
