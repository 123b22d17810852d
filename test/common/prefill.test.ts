/**
 * A matter's later filings start from what was typed for it before: the newest answer of the
 * right shape under the same key, and the client whatever a filing calls them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Manifest } from '../../common/manifest.ts';
import { clientOf, prefillAnswers } from '../../common/prefill.ts';
import { emptyValue } from '../../common/answers.ts';

const manifest = (id: string): Manifest =>
  JSON.parse(readFileSync(`templates/${id}/manifest.json`, 'utf8')) as Manifest;
const refugee = manifest('refugee-application');
const complaint = manifest('supreme-court-complaint');
const orlov = {
  lastName: 'Орлов',
  firstName: 'Максим',
  middleName: 'Игоревич',
  sex: 'male',
  forms: { genitive: 'Орлова Максима Игоревича', dative: '', instrumental: '' },
};

describe('prefillAnswers', () => {
  it('carries the client from the refugee application (applicant) into the complaint (person)', () => {
    const answers = prefillAnswers(complaint, [
      { savedAt: '2026-11-01T10:00:00Z', answers: { applicant: orlov, birthDate: '1996-03-14' } },
    ]);
    expect(answers.person).toEqual(orlov);
    expect(answers.birthDate).toBe('1996-03-14');
    expect(answers.defender).toEqual(
      emptyValue(complaint.fields.find((f) => f.key === 'defender')!),
    );
  });

  it('takes the newest answer, skipping ones of the wrong shape or empty', () => {
    const answers = prefillAnswers(refugee, [
      {
        savedAt: '2026-11-01T10:00:00Z',
        answers: { citizenship: 'Российской Федерации', phone: '+7 701 000 00 01' },
      },
      {
        savedAt: '2026-11-20T10:00:00Z',
        answers: { citizenship: '', phone: '+7 701 000 00 02', grounds: ['nope'] },
      },
    ]);
    expect(answers.citizenship).toBe('Российской Федерации');
    expect(answers.phone).toBe('+7 701 000 00 02');
    expect(answers.grounds).toEqual([]);
  });

  it('carries family members with parts left blank', () => {
    const children = [
      { name: 'Орлова Анна', relation: 'дочь', birthDate: '', birthDocument: '', citizenship: '' },
    ];
    const answers = prefillAnswers(refugee, [
      { savedAt: '2026-11-01T10:00:00Z', answers: { children } },
    ]);
    expect(answers.children).toEqual(children);
  });

  it('never shares objects with the earlier draft', () => {
    const prior = { applicant: structuredClone(orlov) };
    const answers = prefillAnswers(refugee, [{ savedAt: '2026-11-01T10:00:00Z', answers: prior }]);
    (answers.applicant as { lastName: string }).lastName = 'Изменено';
    expect(prior.applicant.lastName).toBe('Орлов');
  });

  it('gives every field of the manifest a value, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            savedAt: fc
              .date({
                min: new Date('2020-01-01'),
                max: new Date('2030-01-01'),
                noInvalidDate: true,
              })
              .map((d) => d.toISOString()),
            answers: fc.dictionary(
              fc.constantFrom(...refugee.fields.map((f) => f.key), 'person', 'x'),
              fc.anything(),
            ),
          }),
          { maxLength: 4 },
        ),
        (prior) => {
          const answers = prefillAnswers(refugee, prior);
          expect(Object.keys(answers).sort()).toEqual(refugee.fields.map((f) => f.key).sort());
        },
      ),
    );
  });
});

describe('clientOf', () => {
  it('is the person the filing is for, never the defender or the interpreter', () => {
    const defender = { lastName: 'Сейткали', firstName: 'Айжан' };
    expect(clientOf({ defender, person: orlov })).toEqual({
      lastName: 'Орлов',
      firstName: 'Максим',
      middleName: 'Игоревич',
    });
    expect(clientOf({ interpreter: defender, applicant: { ...orlov, middleName: '' } })).toEqual({
      lastName: 'Орлов',
      firstName: 'Максим',
    });
    expect(clientOf({ defender })).toEqual({ lastName: '', firstName: '' });
  });
});
