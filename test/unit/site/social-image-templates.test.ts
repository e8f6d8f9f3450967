import { describe, expect, it } from 'vitest';
import {
  areaCard,
  figureCard,
  homeCard,
  listCard,
  memberCard,
  pageCard,
  storyCard,
} from '../../../src/site/social-image-templates.ts';

describe('social image templates', () => {
  it('home: the title and lead, no eyebrow', () => {
    expect(homeCard({ title: 'Medicen', lead: 'Health technologies' })).toEqual({
      title: 'Medicen',
      subtitle: 'Health technologies',
    });
  });

  it('page: its section above the title', () => {
    expect(pageCard({ section: 'Map', title: 'Map of members', lead: 'Every site' })).toEqual({
      eyebrow: 'Map',
      title: 'Map of members',
      subtitle: 'Every site',
    });
  });

  it('member: its name, then its towns with their departments (once each): names only, the same in every language', () => {
    expect(
      memberCard({
        name: 'Généthon',
        sites: [
          { city: 'Évry-Courcouronnes', department: '91' },
          { city: 'Paris', department: '75' },
          { city: 'Évry-Courcouronnes', department: '91' },
        ],
      }),
    ).toEqual({ title: 'Généthon', subtitle: 'Évry-Courcouronnes (91) · Paris (75)' });
    expect(memberCard({ name: 'X', sites: [] }).subtitle).toBe('');
  });

  it('area, list, story and figure', () => {
    expect(areaCard({ label: 'Area', title: 'Digital health', summary: 'Data' })).toEqual({
      eyebrow: 'Area',
      title: 'Digital health',
      subtitle: 'Data',
    });
    expect(
      listCard({ section: 'Members', title: 'Essonne (91)', count: '12 organizations', summary: 'Genopole' }),
    ).toEqual({ eyebrow: 'Members', title: 'Essonne (91)', subtitle: '12 organizations · Genopole' });
    expect(listCard({ section: 'Members', title: 'In imaging', count: '3 organizations' }).subtitle).toBe(
      '3 organizations',
    );
    expect(storyCard({ label: 'Success story', period: 2017, title: 'BONE', summary: 'Implants' })).toEqual({
      eyebrow: 'Success story · 2017',
      title: 'BONE',
      subtitle: 'Implants',
    });
    expect(
      figureCard({ label: 'Key figure', scope: 'Medicen', value: '530', title: 'Members', source: 'as of 2023' }),
    ).toEqual({ eyebrow: 'Key figure · Medicen', value: '530', title: 'Members', subtitle: 'as of 2023' });
  });
});
