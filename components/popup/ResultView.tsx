import type { Analysis } from '../../lib/analysis';
import { advertiserLine } from '../../lib/advertiser';
import type { Posting } from '../../lib/posting';
import { findNotice, languageName, truncationMessage } from '../../lib/present';
import { CertificationList } from './CertificationList';
import { FitSummary } from './FitSummary';
import { Glance } from './Glance';
import { LevelCard } from './LevelCard';
import { OfficeBadge } from './OfficeBadge';
import type { WatchlistPort } from './ports';
import { RecommendationList } from './RecommendationList';
import { SaveButton } from './SaveButton';
import { SkillChips } from './SkillChips';
import { Notice } from './States';

export interface ResultViewProps {
  posting: Posting;
  analysis: Analysis;
  watchlist: WatchlistPort;
}

/** Where the advert came from, in the reader's words; only shown for text the reader supplied. */
function sourceNote(source: string): string | null {
  if (source === 'selection') return 'From the text you selected';
  if (source === 'text') return 'From the text you pasted';
  return null;
}

export function ResultView({ posting, analysis, watchlist }: ResultViewProps) {
  const title = posting.title?.trim() || 'Untitled advert';
  const meta = [advertiserLine(posting), posting.location?.trim()].filter(Boolean).join(' · ');
  const language = findNotice(analysis, 'language');
  const languageLabel = languageName(analysis.language);
  const notPmo = !analysis.isPmoRole;
  const notPmoNotice = findNotice(analysis, 'not-pmo') ?? findNotice(analysis, 'delivery-role');
  const truncated = truncationMessage(posting, analysis);
  // Anything else the matcher wants said (an empty advert, a delivery role that is still PMO-ish).
  const shownCodes = new Set(['language', 'truncated', ...(notPmo && notPmoNotice ? [notPmoNotice.code] : [])]);
  const otherNotices = (analysis.notices ?? []).filter((n) => !shownCodes.has(n.code) && n.message.trim());
  const from = sourceNote(posting.source);

  return (
    <article class="result">
      <header class="job">
        <h1 class="job-title">{title}</h1>
        {meta ? <p class="job-meta">{meta}</p> : null}
        {from ? <p class="job-source">{from}</p> : null}
      </header>

      {language ? (
        <Notice tone="warn" title={languageLabel ? `This advert seems to be in ${languageLabel}` : 'This advert seems to be in another language'}>
          <p>{language.message || 'PMO Pathfinder reads English adverts, so the level and skills may be missing.'}</p>
        </Notice>
      ) : null}
      {truncated ? (
        <Notice tone="info" title="Long advert">
          <p>{truncated}</p>
        </Notice>
      ) : null}

      {otherNotices.map((n, i) => (
        <Notice key={`${n.code}-${i}`} tone="info">
          <p>{n.message}</p>
        </Notice>
      ))}

      <Glance facts={analysis.facts} />

      {notPmo ? (
        <Notice tone="info" title="This doesn’t look like a PMO role">
          <p>{notPmoNotice?.message || 'No PMO career level applies. The certifications it names are still listed below.'}</p>
        </Notice>
      ) : (
        <LevelCard level={analysis.level} />
      )}

      {analysis.fit ? <FitSummary fit={analysis.fit} /> : null}

      {notPmo ? null : <OfficeBadge offices={analysis.offices} />}

      <CertificationList certs={analysis.certificationsMentioned} />
      {notPmo && analysis.recommendations.length === 0 ? null : <RecommendationList recs={analysis.recommendations} />}
      <SkillChips skills={analysis.skills} />

      <div class="actions">
        <SaveButton posting={posting} analysis={analysis} watchlist={watchlist} />
      </div>
    </article>
  );
}
