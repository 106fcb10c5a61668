import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const posting = (text: string) => ({ title: null, company: null, location: null, url: null, source: 'text', text });

// A Polish advert written the way many are: short noun phrases, English job-title words, few function words.
const POLISH = `Specjalista PMO / PMO Specialist
Kraków – praca hybrydowa – B2B lub UoP
Zakres obowiązków:
• Raportowanie statusu projektów IT dla zarządu i Steering Committee
• Aktualizacja harmonogramów, budżetów, rejestru ryzyk (RAID log)
• Przygotowywanie dashboardów Power BI, prezentacji PowerPoint
• Koordynacja komitetów sterujących, spotkań kick-off
• Wsparcie Project Managerów, kontrola jakości dokumentacji projektowej
Wymagania:
• Minimum 3 lata doświadczenia – PMO, Project Office
• Znajomość PRINCE2 Foundation, Agile, Scrum
• Zaawansowany Excel, Jira, Confluence, MS Project
• Język angielski – poziom C1
• Komunikatywność, samodzielność, dokładność
Oferujemy:
• Prywatna opieka medyczna, karta Multisport
• Budżet szkoleniowy, certyfikacje PMI, AXELOS
• Elastyczne godziny pracy, nowoczesne biuro`;

const FRENCH = `Responsable PMO
Nous recherchons un responsable du bureau de projets pour notre direction des systèmes d'information. Vous serez en charge du suivi du portefeuille de projets et de la production des tableaux de bord pour le comité de direction.
Profil recherché : vous avez au moins cinq ans d'expérience dans un PMO. La certification PRINCE2 Practitioner ou PMP est souhaitée. Vous maîtrisez MS Project et Excel.`;

const GERMAN = `PMO Manager (m/w/d)
Wir suchen für unser Projektportfolio einen PMO Manager, der die Steuerung der Projekte übernimmt und das Berichtswesen für die Geschäftsführung aufbaut.
Ihr Profil: Sie haben mehrere Jahre Erfahrung in einem Projektmanagement-Office und sind mit den Methoden vertraut. Eine Zertifizierung nach PRINCE2 oder PMP ist von Vorteil.`;

describe('adverts in other languages', () => {
  it('a Polish advert of short noun phrases is recognised as Polish', () => {
    const a = analyze(posting(POLISH));
    expect(a.language).toBe('pl');
    expect(a.notices?.[0]?.code).toBe('language');
  });

  it('French and German adverts still list the certificates they name', () => {
    for (const [text, lang, families] of [
      [FRENCH, 'fr', ['prince2', 'pmp']],
      [GERMAN, 'de', ['prince2', 'pmp']],
    ] as const) {
      const a = analyze(posting(text));
      expect(a.language).toBe(lang);
      expect(a.certificationsMentioned.map((c) => c.family)).toEqual(expect.arrayContaining([...families]));
      expect(a.isPmoRole).toBe(false);
    }
  });
});
