import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { row } from '../support/locators';

test.describe('ModernGov meeting page', () => {
  test('shows the meeting, its attendees and its documents in a sidebar', async ({ page, extensionErrors }) => {
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar).toBeVisible();
    await expect(sidebar.getByRole('heading', { name: 'Kingston and North Kingston Neighbourhood Committee' })).toBeVisible();
    await expect(sidebar.getByText('Thursday 15 January 2026 at 7:30 pm')).toBeVisible();

    const attendees = sidebar.getByRole('list', { name: 'Attendees' });
    await expect(attendees.getByRole('link', { name: 'Councillor Olly Wehring' })).toBeVisible();
    // Chair first; the attendance page says who sent apologies; the web service adds party and ward.
    await expect(
      attendees
        .getByRole('listitem')
        .filter({ hasNot: page.getByRole('list') })
        .first(),
    ).toContainText('Councillor Olly Wehring');
    const hall = row(attendees, 'Councillor Patrick Hall');
    await expect(hall).toContainText('Apologies');
    await expect(hall).toContainText('Liberal Democrats');
    await expect(hall).toContainText('Kingston Town');
    await expect(row(attendees, 'Alice Aubrey')).toContainText('Officer');

    const documents = sidebar.getByRole('list', { name: 'Documents' });
    await expect(documents.getByRole('link', { name: 'Agenda frontsheet' })).toHaveAttribute('href', /documents\/g10230\/Agenda%20frontsheet.*\.pdf\?T=0$/);
    await expect(documents.getByRole('link', { name: 'Printed minutes' })).toBeVisible();
    await expect(documents.getByRole('link', { name: 'Annex 3 - Overview plan' })).toBeVisible();

    // The council's own page is still there and still first in the tab order.
    await expect(page.getByRole('heading', { name: 'Agenda, decisions and minutes', level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    expect(extensionErrors.list).toEqual([]);
  });

  test('falls back to the web service when the attendance page fails', async ({ page, server, extensionErrors }) => {
    await page.goto(MEETING_URLS.miltonKeynes);
    const attendees = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Attendees' });
    await expect(attendees.getByRole('link', { name: 'Councillor Peter Marland' })).toBeVisible();
    const townsend = row(attendees, 'Councillor Lauren Townsend');
    await expect(townsend).toContainText('Apologies');
    await expect(townsend).toContainText('Newport Pagnell North & Hanslope');
    // An attendee link that was `javascript:` in the XML is shown as plain text.
    await expect(attendees.getByText('Michael Bracey')).toBeVisible();
    await expect(attendees.getByRole('link', { name: 'Michael Bracey' })).toHaveCount(0);
    const asked = server.requests.filter((request) => request.host === 'milton-keynes.moderngov.co.uk').map((request) => request.path.split('?')[0]);
    expect(asked).toEqual(expect.arrayContaining(['/mgMeetingAttendance.aspx', '/mgWebService.asmx/GetMeeting']));
    expect(extensionErrors.list).toEqual([]);
  });

  test('says "Attendance not published yet" when neither source has it, and shows a cancelled meeting', async ({ page, extensionErrors }) => {
    await page.goto(MEETING_URLS.cancelled);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByRole('heading', { name: 'Licensing Sub-Committee' })).toBeVisible();
    await expect(sidebar.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(sidebar.getByText('Attendance not published yet')).toBeVisible();
    await expect(sidebar.getByRole('list', { name: 'Attendees' })).toHaveCount(0);
    expect(extensionErrors.list).toEqual([]);
  });

  test('stays silent on a page that is not a meeting', async ({ page, extensionErrors }) => {
    // A meeting page first, so the extension is known to be running on this host.
    await page.goto(MEETING_URLS.kingston);
    await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();
    await page.goto(PAGE_URLS.kingstonNotRead);
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { name: 'Committee details', level: 1 })).toBeVisible();
    await expect(page.locator('council-lens-sidebar')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Council Lens' })).toHaveCount(0);
    expect(extensionErrors.list).toEqual([]);
  });

  test('collapses to a tab with the button or Escape, reopens, and remembers per site', async ({ page, context }) => {
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await sidebar.getByRole('button', { name: 'Hide Council Lens' }).click();
    const tab = page.getByRole('button', { name: 'Council Lens', exact: true });
    await expect(tab).toBeFocused();
    await expect(sidebar).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Council Lens' })).toHaveCount(0);

    // Another council's site keeps its own state.
    const other = await context.newPage();
    await other.goto(MEETING_URLS.miltonKeynes);
    await expect(other.getByRole('region', { name: 'Council Lens' })).toBeVisible();
    await other.close();

    await page.getByRole('button', { name: 'Council Lens', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'Hide Council Lens' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sidebar).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeFocused();
  });

  test('reads attendance from its cache on a second visit', async ({ page, server }) => {
    const attendanceRequests = () =>
      server.requests.filter((request) => /mgMeetingAttendance/i.test(request.path) && request.host === 'kingston.moderngov.co.uk').length;
    await page.goto(MEETING_URLS.kingston);
    await expect(page.getByRole('list', { name: 'Attendees' }).getByRole('link', { name: 'Councillor Olly Wehring' })).toBeVisible();
    const afterFirst = attendanceRequests();
    await page.reload();
    await expect(page.getByRole('list', { name: 'Attendees' }).getByRole('link', { name: 'Councillor Olly Wehring' })).toBeVisible();
    expect(attendanceRequests()).toBe(afterFirst);
  });
});
