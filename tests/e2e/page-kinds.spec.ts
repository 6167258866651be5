import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { row } from '../support/locators';

test.describe('every page kind, under real host names', () => {
  test('a decision page shows its facts, sections and call-in badge', async ({ page, extensionErrors }) => {
    await page.goto(PAGE_URLS.decision1613);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByRole('heading', { name: 'Regional Care Cooperative' })).toBeVisible();
    await expect(sidebar.getByText('Not subject to call-in')).toBeVisible();
    await expect(sidebar.getByText("Director of Children's Services", { exact: true })).toBeVisible();
    await expect(sidebar.getByRole('heading', { name: 'Reasons' })).toBeVisible();
    await expect(sidebar.getByRole('heading', { name: 'Alternatives considered' })).toBeVisible();
    await expect(sidebar.getByText('Milton Keynes Council')).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Issue history' })).toHaveAttribute('href', /mgIssueHistoryHome\.aspx\?IId=40123/);
    expect(extensionErrors.list).toEqual([]);
  });

  test('a decision subject to call-in says when call-in closed', async ({ page }) => {
    await page.goto(PAGE_URLS.decisionCallIn);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByText(/Call-in period ended Fri 14 Nov 2025/)).toBeVisible();
    await expect(sidebar.getByText('Bletchley East; Newport Pagnell North and Hanslope; Wolverton')).toBeVisible();
    await expect(sidebar.getByText('2. the saving of £420,000 be reflected in the 2026/27 budget.')).toBeVisible();
  });

  test('a committee page shows members with roles, filled with party and ward from the web service', async ({ page, extensionErrors }) => {
    await page.goto(PAGE_URLS.kingstonCommittee);
    const members = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Members' });
    await expect(row(members, 'Councillor Olly Wehring')).toContainText('Chair');
    await expect(row(members, 'Councillor Olly Wehring')).toContainText('Liberal Democrats');
    await expect(row(members, 'Councillor Noel Hadjimichael')).toContainText('Conservative');
    await expect(row(members, 'Councillor Noel Hadjimichael')).toContainText('Coombe Hill');
    await expect(members.getByRole('listitem')).toHaveCount(15);
    expect(extensionErrors.list).toEqual([]);
  });

  test('a CMIS meeting page shows its documents and attendance', async ({ page, extensionErrors }) => {
    await page.goto(PAGE_URLS.cmisMeeting);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByRole('heading', { name: 'Planning Committee' })).toBeVisible();
    await expect(sidebar.getByText('Thursday 9 July 2026 at 11:00 am')).toBeVisible();
    await expect(sidebar.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Report: 45 Broad Street' })).toBeVisible();
    const attendees = sidebar.getByRole('list', { name: 'Attendees' });
    await expect(row(attendees, 'Councillor Lisa Trickett')).toContainText('Present');
    await expect(row(attendees, 'Councillor Gareth Moore')).toContainText('Apologies');
    await expect(sidebar.getByText('Birmingham')).toBeVisible();
    expect(extensionErrors.list).toEqual([]);
  });

  test('a council’s own domain gets no sidebar until the site is enabled', async ({ page, extensionErrors }) => {
    await page.goto(MEETING_URLS.kingston);
    await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();
    await page.goto(PAGE_URLS.kingstonOwnDomainMeeting);
    await expect(page.getByRole('heading', { name: 'Agenda, decisions and minutes', level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('council-lens-sidebar')).toHaveCount(0);
    expect(extensionErrors.list).toEqual([]);
  });
});
