import type { Analysis } from '../../lib/analysis';
import type { Posting } from '../../lib/posting';
import { resultHead } from '../../lib/present';
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

export function ResultView({ posting, analysis, watchlist }: ResultViewProps) {
  const head = resultHead(posting, analysis);

  return (
    <article class="result">
      <header class="job">
        <h1 class="job-title">{head.title}</h1>
        {head.meta ? <p class="job-meta">{head.meta}</p> : null}
        {head.from ? <p class="job-source">{head.from}</p> : null}
      </header>

      {head.language ? (
        <Notice tone="warn" title={head.language.title}>
          <p>{head.language.message}</p>
        </Notice>
      ) : null}
      {head.truncated ? (
        <Notice tone="info" title="Long advert">
          <p>{head.truncated}</p>
        </Notice>
      ) : null}

      {head.otherNotices.map((message, i) => (
        <Notice key={`${i}-${message}`} tone="info">
          <p>{message}</p>
        </Notice>
      ))}

      <Glance facts={analysis.facts} />

      {head.notPmo ? (
        <Notice tone="info" title="This doesn’t look like a PMO role">
          <p>{head.notPmoMessage}</p>
        </Notice>
      ) : (
        <LevelCard level={analysis.level} />
      )}

      {analysis.fit ? <FitSummary fit={analysis.fit} /> : null}

      {head.notPmo ? null : <OfficeBadge offices={analysis.offices} />}

      <CertificationList certs={analysis.certificationsMentioned} />
      {head.notPmo && analysis.recommendations.length === 0 ? null : <RecommendationList recs={analysis.recommendations} />}
      <SkillChips skills={analysis.skills} />

      <div class="actions">
        <SaveButton posting={posting} analysis={analysis} watchlist={watchlist} />
      </div>
    </article>
  );
}
