import { describe, expect, it } from 'vitest';
import { analyze, getCompiled } from './index';
import { postingFromText } from '../posting';

/**
 * Everyday wording from job adverts and other work that holds a certificate's letters or words
 * without naming a certificate. No alias may match any of it.
 */
const EVERYDAY = [
  'Our MSP looks after the network and the service desk.',
  'Update the plan in MSP and share the Gantt chart.',
  'Book the meeting with the local MSP and the council leader.',
  'Work with the CSM on renewals and customer health scores.',
  'The APM will cover site inductions when the PM is away.',
  'Tune the APM alerts so on-call engineers are not flooded.',
  'Keep the PMP and the risk register current.',
  'Run the PPQ batches once the validation master plan is signed.',
  'Brief the minister before PMQ.',
  'Approve each MOP before the maintenance window opens.',
  'Submit a MOR within 72 hours of the occurrence.',
  'Save the clip as a MOV file.',
  'Enforce the PSPO in the town centre.',
  'Value the stock with CAPM and a discounted cash flow.',
  'Inspect the LSS panels each quarter.',
  'Homes on Green Belt land need very special circumstances.',
  'He earned a black belt in karate as a teenager.',
  'The project manager prepares the project initiation document.',
  'A project management professional with ten years on site.',
  'Our programme management approach is simple.',
  'Management of risk is everyone’s job here.',
  'Practitioner teams meet every Friday.',
  'Foundation year students are welcome to visit.',
  'The foundation stone was laid in 1902.',
  'Agile ways of working and Scrum ceremonies.',
  'Safe working practices on site are a must.',
  'Stay SAFE: report hazards at once.',
  'We follow a lean approach to reporting.',
  'Six sigmas from the mean is rare.',
  'The PMO manager essentials pack lives on the intranet.',
  'Our PMO analysts run the essentials of reporting.',
  'Certified copies of your passport are needed.',
  'A qualification in accountancy is welcome.',
  'The APMP Foundation is the bid writers’ certificate.',
  'Google Project Management Certificate holders may apply.',
  'Prince Albert Road office, second floor.',
  'Our value stream mapping workshops.',
  'Portfolio management professional services for wealthy clients.',
  'Chartered accountant or equivalent.',
  'Professional standards and ethics training.',
  'Project support and programme support officers.',
  'The release train runs every two weeks.',
  'Leading safe and secure services for residents.',
];

describe('every certification alias against everyday wording', () => {
  it('the list is long enough to mean something', () => {
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(EVERYDAY)('%s', (text) => {
    expect(analyze(postingFromText(text)).certificationsMentioned.map((c) => `${c.id} ("${c.text}")`)).toEqual([]);
  });

  it('every alias, written as a certificate, is still found', () => {
    const missed: string[] = [];
    for (const cert of getCompiled().kb.certifications) {
      for (const alias of [...cert.aliases, ...(cert.familyAliases ?? []), ...(cert.caseSensitiveAliases ?? [])]) {
        const found = analyze(postingFromText(`Essential: ${alias} certification.`)).certificationsMentioned.map((c) => c.family);
        if (!found.includes(cert.family)) missed.push(`${cert.id}: ${alias}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
