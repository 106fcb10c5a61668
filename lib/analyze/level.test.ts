import { describe, expect, it } from 'vitest';
import { advert, NEUTRAL_PMO_BODY } from '../../tests/analyze/advert';

describe('level from the title', () => {
  const cases: Record<string, string[]> = {
    administrator: [
      'Project Support Officer',
      'PMO Administrator',
      'Project Co-ordinator',
      'Project Coordinator',
      'Programme Support Officer',
      'Band 4 Project Support Officer',
      'AO Project Support Officer',
      'PMO Apprentice',
      'Trainee Project Support Officer',
      'Project Assistant',
    ],
    analyst: ['PMO Analyst', 'Senior PMO Analyst', 'PMO Officer', 'Project Planner', 'Program Analyst', 'Portfolio Analyst', 'HEO PMO Officer', 'Project Controller', 'PMO Specialist'],
    manager: ['PMO Manager', 'Programme Office Manager', 'Program Office Manager', 'PMO Lead', 'Grade 7 PMO Lead', 'Band 8a Portfolio Office Manager', 'Senior PMO Manager', 'Deputy Head of PMO'],
    director: ['Head of PMO', 'PMO Director', 'Director of Enterprise PMO', 'VP, PMO', 'Head of Portfolio Office', 'Enterprise PMO Manager', 'ePMO Lead', 'Deputy Director, Portfolio Office (SCS1)'],
  };
  for (const [level, titles] of Object.entries(cases)) {
    for (const title of titles) {
      it(`"${title}" -> ${level}`, () => {
        const a = advert(title);
        expect(a.isPmoRole).toBe(true);
        expect(a.level.id).toBe(level);
        expect(a.level.evidence.length).toBeGreaterThan(0);
      });
    }
  }

  it('gives evidence in the advert\'s words with a reason and the kind of cue', () => {
    const a = advert('Head of PMO');
    expect(a.level.evidence[0]).toEqual({ text: 'Head of PMO', reason: expect.stringContaining('director'), kind: 'title' });
  });
});

describe('level from duties when the title is bare', () => {
  it('minute taking and diaries -> administrator', () => {
    const a = advert(
      'PMO',
      'Joining the project management office, you will take minutes at project boards, manage diaries, keep the action log and document control up to date, and chase timesheets.',
    );
    expect(a.level.id).toBe('administrator');
  });
  it('line management and setting up a PMO -> manager', () => {
    const a = advert(
      'PMO',
      'You will set up the PMO for the transformation programme, line manage two PMO analysts, design the governance framework and stage gates, and run the PMO day to day.',
    );
    expect(a.level.id).toBe('manager');
  });
  it('strategy and portfolio prioritisation -> director', () => {
    const a = advert(
      'PMO',
      'You will set the PMO strategy, lead portfolio prioritisation and investment decisions with the executive committee, and own capacity management and demand management for all change activity.',
    );
    expect(a.level.id).toBe('director');
  });
  it('a title named in the text stands in for a bare title', () => {
    const a = advert(
      'PMO',
      'We are recruiting a Programme Office Manager for the transformation directorate. The programme office looks after governance, risks and reporting for the programme board.',
    );
    expect(a.level.id).toBe('manager');
    expect(a.level.evidence.some((e) => e.kind === 'mention' && e.text === 'Programme Office Manager')).toBe(true);
  });
  it('supporting a Head of PMO puts the role below it, though the text names that title', () => {
    const a = advert('PMO', 'Support the Head of PMO with the portfolio pack: produce the dashboards, analyse variance against budget and keep the integrated schedule.');
    expect(a.level.id).toBe('analyst');
  });
  it('scope over the entire portfolio and the executive board -> director', () => {
    const a = advert('PMO', 'You will head up the portfolio office, present to the executive board and shape governance for the entire portfolio in line with the corporate strategy.');
    expect(a.level.id).toBe('director');
  });
  it('reporting to a PMO Manager puts the role below it', () => {
    const a = advert(
      'PMO',
      'Reporting to the PMO Manager, you will produce the portfolio dashboards, analyse variance against budget and maintain the schedule for the programme office.',
    );
    expect(a.level.id).toBe('analyst');
  });
});

describe('PMO roles versus delivery and other roles', () => {
  const negatives: Array<[string, string, string]> = [
    ['Project Manager', 'You will deliver projects end to end, lead projects from initiation to closure and manage suppliers. PRINCE2 Practitioner required.', 'delivery-role'],
    ['Senior Project Manager (Corporate PMO)', 'Sitting in the corporate PMO, you will lead projects and be accountable for delivery of a £5m ERP replacement.', 'delivery-role'],
    ['Programme Manager', 'Lead the digital programme, manage the budget and deliver projects with the project managers in the programme office.', 'delivery-role'],
    ['Scrum Master', 'Facilitate sprint planning, keep the backlog healthy and coach two agile teams. CSM desirable.', 'delivery-role'],
    ['Business Analyst', 'Requirements gathering, process mapping and user stories for the finance transformation.', 'delivery-role'],
    ['Programme Support Worker', 'Supporting patients on our recovery programme with daily living skills in a clinical setting. Band 3.', 'not-pmo'],
    ['Staff Nurse (Band 5)', 'Caring for patients on a busy surgical ward, working with the multidisciplinary team.', 'not-pmo'],
  ];
  for (const [title, body, code] of negatives) {
    it(`"${title}" is not a PMO role (${code})`, () => {
      const a = advert(title, body);
      expect(a.isPmoRole).toBe(false);
      expect(a.level.id).toBeNull();
      const notice = a.notices?.find((n) => n.code === code);
      expect(notice?.message.length).toBeGreaterThan(20);
      expect(a.level.evidence[0]?.reason).toMatch(/not a PMO role/);
    });
  }

  it('an investment "Portfolio Manager" with no PMO work is not a PMO role', () => {
    const a = advert('Portfolio Manager', 'Manage a £400m equity portfolio for institutional clients, build investment cases and report performance to the investment committee.');
    expect(a.isPmoRole).toBe(false);
  });

  it('"(PMO)" that abbreviates other words is not a project office', () => {
    const a = advert('Principal Medical Officer (PMO)', 'Lead clinical governance for the trust, supervise junior doctors and see patients in outpatient clinics.');
    expect(a.isPmoRole).toBe(false);
  });

  it('a generic title becomes a PMO role when the duties are project office work', () => {
    const a = advert('Project Officer', 'Based in the programme office, you will take minutes, maintain the RAID log and risk register, collate highlight reports and support project managers with project plans.');
    expect(a.isPmoRole).toBe(true);
    expect(a.level.id).toBe('administrator');
  });
});

describe('grades and pay as level evidence', () => {
  const grades: Array<[string, string]> = [
    ['SEO PMO Manager', 'manager'],
    ['Band 7 PMO Lead', 'manager'],
    ['Band 7 Senior PMO Analyst', 'analyst'],
    ['ESM 1 Director of PMO', 'director'],
    ['GS-11 Program Analyst, PMO', 'analyst'],
    ['SCS1 Deputy Director, Portfolio Office', 'director'],
  ];
  for (const [title, level] of grades) {
    it(`"${title}" -> ${level}, with the grade as evidence`, () => {
      const a = advert(title);
      expect(a.level.id).toBe(level);
      expect(a.level.evidence.some((e) => e.kind === 'grade')).toBe(true);
    });
  }

  it('an analyst-or-manager grade says so in its reason', () => {
    const grade = advert('Band 7 PMO Lead').level.evidence.find((e) => e.kind === 'grade');
    expect(grade?.reason).toMatch(/analyst- or manager-level/);
  });

  it('pay is evidence but never decides against the title', () => {
    const a = advert('PMO Analyst', `${NEUTRAL_PMO_BODY} Salary £95,000 - £105,000 per annum.`);
    expect(a.level.id).toBe('analyst');
    expect(a.level.evidence.find((e) => e.kind === 'pay')?.reason).toMatch(/director-level/);
  });

  it('a grade in the body never decides against the title', () => {
    expect(advert('PMO Administrator', `${NEUTRAL_PMO_BODY} This post is graded Band 8a.`).level.id).toBe('administrator');
  });
});

describe('PMO roles with delivery or generic titles', () => {
  it('a PMO-titled project manager who runs the office\'s governance is a PMO role', () => {
    const a = advert(
      'PMO Project Manager',
      'You will run the portfolio governance cycle and stage gates, own the portfolio reporting pack and RAID standards, keep the risk register and change control, challenge status reports from project managers and line manage a PMO analyst. You will not lead projects yourself.',
    );
    expect(a.isPmoRole).toBe(true);
  });

  it('an office manager of a building is not a PMO role', () => {
    const a = advert('Office Manager', 'Cover reception, manage facilities management contracts, order supplies and supervise two receptionists at our law firm.');
    expect(a.isPmoRole).toBe(false);
  });

  it('an office manager who also keeps the accounts is not a PMO role, even with some scheduling and reports', () => {
    const a = advert('Office Manager and Finance Co-ordinator', 'Run the front office of our consultancy: keep the diary of the managing partner, schedule meetings, take minutes at the partners\' meeting and chase actions, process invoices, expenses and purchase orders, keep the filing and document control in order and produce monthly reports for the partners.');
    expect(a.isPmoRole).toBe(false);
  });

  it('the manager of a project management office is not an office manager', () => {
    for (const title of ['Project Management Office Manager', 'Project Office Manager', 'Transformation Office Manager']) {
      const a = advert(title);
      expect(a.isPmoRole, title).toBe(true);
      expect(a.level.id, title).toBe('manager');
    }
  });

  it('a supply-chain planner is not a project planner', () => {
    const a = advert('Demand Planner', 'Build the monthly demand forecasts for our snack brands, run the sales and operations planning cycle, analyse trends and variance against actuals, track forecast accuracy KPIs, produce reports and dashboards for the supply team and agree stock levels with the warehouses.');
    expect(a.isPmoRole).toBe(false);
  });

  it('a public-sector director over the portfolio function is a PMO director', () => {
    const a = advert(
      'Deputy Director, Strategy and Portfolio',
      'You will lead the strategy unit and the portfolio team of the directorate, set the direction for the portfolio function, give ministers assurance on the major programmes, own the portfolio reporting, highlight reports and risk management across the group and line manage three Grade 6 heads.',
    );
    expect(a.isPmoRole).toBe(true);
    expect(a.level.id).toBe('director');
  });

  it('the reasons for "not a PMO role" carry their kind', () => {
    const a = advert('Staff Nurse (Band 5)', 'Caring for patients on a busy surgical ward.');
    expect(a.level.evidence[0]?.kind).toBe('not-pmo');
  });
});
