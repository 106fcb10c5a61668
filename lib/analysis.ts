import { z } from 'zod';

export const LevelId = z.enum(['administrator', 'analyst', 'manager', 'director']);
export type LevelId = z.infer<typeof LevelId>;
/** The levels in career order, administrator first. */
export const LEVEL_ORDER: readonly LevelId[] = LevelId.options;
export const OfficeId = z.enum(['project', 'programme', 'portfolio', 'enterprise', 'coe']);
export type OfficeId = z.infer<typeof OfficeId>;
/** Strongest first. */
export const Requirement = z.enum(['required', 'desirable', 'mentioned']);
export type Requirement = z.infer<typeof Requirement>;
/** 0 for required, then weaker: sorts strongest first, and a smaller rank is the stronger ask. */
export const REQUIREMENT_RANK = Object.fromEntries(Requirement.options.map((r, i) => [r, i])) as Record<Requirement, number>;

/** Which group of cues a piece of evidence belongs to, so readers need not parse its reason. */
export const EvidenceKind = z.enum(['title', 'seniority', 'grade', 'pay', 'duty', 'self', 'mention', 'reports', 'not-pmo']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
export const EvidenceSchema = z.object({ text: z.string(), reason: z.string(), kind: EvidenceKind.optional() });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const LinkSchema = z.object({ label: z.string(), url: z.string().url() });

/** The Analysis contract of DESIGN.md; extra fields are additions, never replacements. */
export const AnalysisSchema = z.object({
  isPmoRole: z.boolean(),
  level: z.object({
    id: LevelId.nullable(),
    confidence: z.number().min(0).max(1),
    evidence: z.array(EvidenceSchema),
  }),
  offices: z.array(z.object({ id: OfficeId, score: z.number() })),
  /** True when the office cues are too weak to name one: the scores are then low and only a guess. */
  officeUnclear: z.boolean().optional(),
  skills: z.array(z.object({ id: z.string(), label: z.string(), matches: z.array(z.string()) })),
  certificationsMentioned: z.array(
    z.object({
      id: z.string(),
      family: z.string(),
      requirement: Requirement,
      text: z.string(),
      name: z.string().optional(),
      status: z.string().optional(),
      /** Shown beside a legacy certificate: what replaced it and when. */
      note: z.string().optional(),
      /** Only with a profile: the reader holds it, or one that includes or replaced it. */
      held: z.boolean().optional(),
    }),
  ),
  recommendations: z.array(
    z.object({
      id: z.string(),
      family: z.string(),
      score: z.number(),
      reasons: z.array(z.string()),
      links: z.array(LinkSchema),
      name: z.string().optional(),
      held: z.boolean().optional(),
      nextStep: z.boolean().optional(),
      uncertain: z.boolean().optional(),
    }),
  ),
  /** Why the advert was not analysed as a PMO role, when it was not (e.g. another language). */
  notices: z
    .array(z.object({ code: z.enum(['language', 'truncated', 'empty', 'not-pmo', 'delivery-role']), message: z.string() }))
    .optional(),
  language: z.string().optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** What the reader says about themselves; edited on the watchlist page. */
export const ProfileSchema = z.object({
  held: z.array(z.string()).default([]),
  targetLevel: LevelId.nullable().default(null),
});
export type Profile = z.infer<typeof ProfileSchema>;
