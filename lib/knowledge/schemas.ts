import { z } from 'zod';
import { LevelId, OfficeId } from '../analysis';

export { LevelId, OfficeId };

/**
 * The closed list of certification families from DESIGN.md. The CLI output and the corpus
 * labels use these ids, so adding one is a contract change, not a data edit.
 */
export const CERT_FAMILIES = [
  'hopmo-essentials',
  'ppso',
  'p3o',
  'ipmo',
  'pmi-pmocp',
  'prince2',
  'msp',
  'mop',
  'mor',
  'mov',
  'itil',
  'apm',
  'pmp',
  'capm',
  'pgmp',
  'pfmp',
  'pmi-acp',
  'pmi-sp',
  'pmi-rmp',
  'agilepm',
  'scrum',
  'safe',
  'lean-six-sigma',
  'ipma',
  'praxis',
  'comptia-project',
  'google-pm',
  'aipm',
  'managing-benefits',
  'aace-psp',
  'gov-project-delivery',
  'pmi-pba',
] as const;
export const CertFamily = z.enum(CERT_FAMILIES);
export type CertFamily = z.infer<typeof CertFamily>;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KebabId = z.string().regex(KEBAB, { message: 'must be kebab-case (a-z, 0-9, single hyphens)' });

/** Only https links reach the popup: an http link would be a downgrade a reader cannot see. */
export const HttpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), { message: 'must be an https URL' });

const NonEmpty = z.string().trim().min(1);

/** A "+" belongs to a name only at the end of a word ("CompTIA Project+"); anywhere else it is noise. */
const Alias = NonEmpty.refine((a) => !/(?<![\p{L}\p{N}])\+|\+(?![\s)]|$)/u.test(a.trim()), {
  message: 'a "+" may only end a word, as in "CompTIA Project+"',
});

/** How far a fact can be trusted: the popup shows "check with the provider" below verified. */
export const Confidence = z.enum(['verified', 'third-party', 'uncertain']);
export type Confidence = z.infer<typeof Confidence>;

export const LevelSchema = z
  .object({
    id: LevelId,
    number: z.number().int().min(1).max(4),
    /** The PMO Learning level name, e.g. "New to project support". */
    name: NonEmpty,
    /** The role name in the PMO Competency Framework, e.g. "PMO Administrator". */
    competencyRole: NonEmpty,
    summary: NonEmpty,
    description: NonEmpty,
    titles: z.object({ uk: z.array(NonEmpty).min(1), us: z.array(NonEmpty).min(1) }),
    work: z.array(NonEmpty).min(1),
    /** Advice for reaching the next level; for directors, advice for growing in the role. */
    stepUp: NonEmpty,
    sources: z.array(HttpsUrl).optional(),
  })
  .strict();
export type Level = z.infer<typeof LevelSchema>;

export const Permanence = z.enum(['permanent', 'temporary', 'either']);

export const OfficeSchema = z
  .object({
    id: OfficeId,
    name: NonEmpty,
    permanence: Permanence,
    description: NonEmpty,
    /** Phrases that, found in an advert, point at this kind of office. */
    cues: z.array(NonEmpty).min(1),
  })
  .strict();
export type Office = z.infer<typeof OfficeSchema>;

export const CertTier = z.enum([
  'essentials',
  'foundation',
  'practitioner',
  'advanced',
  'expert',
  'professional',
  'chartered',
  'specialist',
  'associate',
  'master',
  'belt',
]);
export type CertTier = z.infer<typeof CertTier>;

export const CertStatus = z.enum(['current', 'legacy', 'suspended', 'retired']);
export type CertStatus = z.infer<typeof CertStatus>;

/** A month a page was read, "2026-11". */
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' });
/** A calendar day, "2026-07-09". */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date written YYYY-MM-DD' });

export const CourseFormat = z.enum(['classroom', 'virtual', 'self-paced']);
export type CourseFormat = z.infer<typeof CourseFormat>;

/**
 * A place to train: the awarding body's finder of accredited providers, or one provider's
 * course page with how it is taught and for how long.
 */
export const CourseSchema = z
  .object({
    kind: z.enum(['finder', 'course']),
    provider: NonEmpty,
    label: NonEmpty,
    url: HttpsUrl,
    formats: z.array(CourseFormat).optional(),
    /** As the provider states it: "3 days", "about 6 months at 10 hours a week". */
    length: NonEmpty.optional(),
    /** The month the page was last read. */
    checked: YearMonth,
    /** The page's address was not confirmed when it was read: the popup says so. */
    unconfirmed: z.boolean().optional(),
  })
  .strict();
export type Course = z.infer<typeof CourseSchema>;

/** A page a certification's facts come from. */
export const SourceSchema = z
  .object({
    id: KebabId,
    url: HttpsUrl,
    title: NonEmpty,
    /** The month the page was last read. */
    checked: YearMonth,
    /** official: the awarding body's own page, syllabus or press release. */
    kind: z.enum(['official', 'third-party']),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** Which source backs one fact, and how far it can be trusted. */
export const BackingSchema = z.object({ source: KebabId, confidence: Confidence }).strict();
export type Backing = z.infer<typeof BackingSchema>;

/** The facts of an entry that carry their own backing; status always, the others when present. */
export const BACKED_FACTS = ['status', 'exam', 'prerequisites', 'fee', 'courseLength', 'validity', 'version'] as const;
export type BackedFact = (typeof BACKED_FACTS)[number];

export const FeeSchema = z
  .object({
    amount: z.number().positive(),
    currency: z.enum(['GBP', 'USD', 'EUR', 'AUD']),
    /** Who pays this price: "PMI members", "exam only, no course". */
    note: NonEmpty.optional(),
    /** The month the price was read. */
    read: YearMonth,
  })
  .strict();
export type Fee = z.infer<typeof FeeSchema>;

export const VersionSchema = z
  .object({
    /** The exam or syllabus now set: "Version 7", "5th edition", "2026 exam content outline". */
    current: NonEmpty,
    /** The day (or month) the current version took effect. */
    since: z.union([IsoDate, YearMonth]).optional(),
    /** What it replaced, in a few words. */
    previous: NonEmpty.optional(),
    /** An announced change still to come. */
    upcoming: z.object({ what: NonEmpty, from: IsoDate }).strict().optional(),
  })
  .strict();
export type Version = z.infer<typeof VersionSchema>;

export const ExamSchema = z
  .object({
    format: z.string().optional(),
    questions: z.number().int().positive().optional(),
    durationMinutes: z.number().positive().optional(),
    /** Free text because bodies state it differently: "60%", "33 of 60", "not published". */
    passMark: z.string().optional(),
    openBook: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Exam = z.infer<typeof ExamSchema>;

export const CertificationSchema = z
  .object({
    id: KebabId,
    family: CertFamily,
    /** The official name as the awarding body writes it. */
    name: NonEmpty,
    shortName: NonEmpty,
    tier: CertTier.optional(),
    /**
     * Every way adverts write this certificate, matched after normalizeAlias (case, trade
     * marks, hyphens and commas ignored). name and shortName are display only, so a name
     * that should match is repeated here.
     */
    aliases: z.array(Alias),
    /**
     * Bare family names ("PRINCE2", "P3O") that mean this certificate when an advert gives
     * no level. Only the one certificate marked familyDefault in a family carries them.
     */
    familyAliases: z.array(Alias).optional(),
    familyDefault: z.boolean().optional(),
    /**
     * Abbreviations that are ordinary words or other acronyms once lower-cased ("SAFe" vs
     * "safe", "MSP" vs "msp", "MoP"). Kept apart from aliases so a case-insensitive matcher
     * never sees them; match these only exactly as written. For the family default they
     * mean the family (like familyAliases).
     */
    caseSensitiveAliases: z.array(Alias).optional(),
    awardingBody: z
      .object({
        current: NonEmpty,
        previous: z.array(z.object({ name: NonEmpty, until: z.string().optional() }).strict()),
      })
      .strict(),
    /** The levels it suits, the one it mainly suits first. */
    levels: z.array(LevelId).min(1),
    offices: z.array(OfficeId),
    /** Certification ids that must be held first. */
    prerequisites: z.array(KebabId),
    /** Other ways to meet the prerequisites, in words ("or a PMP, CAPM or IPMA certificate"). */
    prerequisiteNote: NonEmpty.optional(),
    exam: ExamSchema.optional(),
    version: VersionSchema.optional(),
    /** Typical course length: "3 days", "5 days with the Practitioner". */
    courseLength: NonEmpty.optional(),
    /** How long it stays valid and how it is renewed. */
    validity: NonEmpty.optional(),
    /** The awarding body's published exam fee. */
    fee: FeeSchema.optional(),
    status: CertStatus,
    /** Certification ids that replace this one (for legacy, suspended or retired ones). */
    successors: z.array(KebabId),
    statusNote: z.string().optional(),
    summary: NonEmpty,
    officialUrl: HttpsUrl,
    courses: z.array(CourseSchema),
    /** Every page the entry's facts come from, each with the month it was read. */
    sources: z.array(SourceSchema).min(1),
    /** For each fact present, which source backs it and how sure it is. */
    backing: z
      .object({
        status: BackingSchema,
        exam: BackingSchema.optional(),
        prerequisites: BackingSchema.optional(),
        fee: BackingSchema.optional(),
        courseLength: BackingSchema.optional(),
        validity: BackingSchema.optional(),
        version: BackingSchema.optional(),
      })
      .strict(),
    confidence: Confidence,
    /**
     * Awarded on evidence of the candidate's own work, with no course to book (AIPM's RegPM
     * levels): a current entry like this is not expected to list a finder and two course pages.
     */
    assessedOnEvidence: z.boolean().optional(),
    /** The facts a reader should check with the provider before relying on them. */
    uncertain: z.array(NonEmpty).optional(),
  })
  .strict();
export type Certification = z.infer<typeof CertificationSchema>;

export const SkillKind = z.enum(['duty', 'skill', 'tool', 'method', 'standard']);
export type SkillKind = z.infer<typeof SkillKind>;

const Weight = z.number().min(0).max(1);

export const SkillSchema = z
  .object({
    id: KebabId,
    label: NonEmpty,
    kind: SkillKind,
    /** Other ways adverts write it, including UK/US spellings and abbreviations. */
    synonyms: z.array(NonEmpty),
    /** How strongly the skill points at each level (0..1); absent means no signal. */
    levels: z.partialRecord(LevelId, Weight),
    offices: z.partialRecord(OfficeId, Weight),
  })
  .strict();
export type Skill = z.infer<typeof SkillSchema>;

export const KnowledgeBaseSchema = z.object({
  levels: z.array(LevelSchema),
  offices: z.array(OfficeSchema),
  certifications: z.array(CertificationSchema),
  skills: z.array(SkillSchema),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
