import type { StaffMember } from '../domain/people';

/**
 * The demo school, Basisschool De Linde. Its staff are the local server's directory and the
 * site's members; the guest is a parent who is in the directory but not a member of the site.
 */
export const DEMO_SCHOOL = {
  name: 'Basisschool De Linde',
  tenantDomain: 'delinde.example',
  siteHostname: 'delinde.sharepoint.example',
  sitePath: '/sites/team-delinde',
  siteDisplayName: 'Team De Linde',
} as const;

export const DEMO_STAFF: readonly StaffMember[] = [
  { upn: 'ingrid.bakker@delinde.example', displayName: 'Ingrid Bakker', role: 'ib', inChangeTeam: true },
  { upn: 'mark.devries@delinde.example', displayName: 'Mark de Vries', role: 'mt' },
  { upn: 'fatima.elamrani@delinde.example', displayName: 'Fatima El Amrani', role: 'mt' },
  { upn: 'sanne.jansen@delinde.example', displayName: 'Sanne Jansen', role: 'leerkracht', bouw: 'onderbouw', group: 1, inChangeTeam: true },
  { upn: 'lotte.visser@delinde.example', displayName: 'Lotte Visser', role: 'leerkracht', bouw: 'onderbouw', group: 2 },
  { upn: 'daan.kok@delinde.example', displayName: 'Daan Kok', role: 'leerkracht', bouw: 'onderbouw', group: 3 },
  { upn: 'ahmed.yilmaz@delinde.example', displayName: 'Ahmed Yılmaz', role: 'leerkracht', bouw: 'middenbouw', group: 4, inChangeTeam: true },
  { upn: 'eva.deboer@delinde.example', displayName: 'Eva de Boer', role: 'leerkracht', bouw: 'middenbouw', group: 5 },
  { upn: 'tom.mulder@delinde.example', displayName: 'Tom Mulder', role: 'leerkracht', bouw: 'bovenbouw', group: 6 },
  { upn: 'noor.hendriks@delinde.example', displayName: 'Noor Hendriks', role: 'leerkracht', bouw: 'bovenbouw', group: 7, inChangeTeam: true },
  { upn: 'pieter.smit@delinde.example', displayName: 'Pieter Smit', role: 'leerkracht', bouw: 'bovenbouw', group: 8 },
];

/** A parent: known to the tenant as a guest, never a member of the team site. */
export const DEMO_GUEST = {
  upn: 'jeroen.peters@ouders.example',
  displayName: 'Jeroen Peters (ouder)',
} as const;

/** The person who provisions the lists and fills the demo data: the IB, who coaches the change. */
export const DEMO_PROVISIONER = DEMO_STAFF[0]!.upn;
