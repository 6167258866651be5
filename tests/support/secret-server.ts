import { createServer } from 'node:http';
import { makePdf } from './make-pdf';

/**
 * Something on the person's own machine that no web page may read through Council Lens: a
 * loopback server whose every answer carries SECRET_MARK. It listens on the e2e build's service
 * port, an origin the extension holds a host permission for (as it would for a local Ollama
 * endpoint the person saved), so the browser itself would let the extension read it: only
 * Council Lens's own checks stand in the way. The security tests point hostile council pages
 * and redirects at it, with the summary service off.
 */
export const SECRET_PORT = 8787;
export const SECRET_ORIGIN = `http://127.0.0.1:${SECRET_PORT}`;
export const SECRET_MARK = 'SECRET-7f3a91';

export interface SecretServer {
  requests: string[];
  close(): Promise<void>;
}

const ATTENDANCE = `<!DOCTYPE html><html><body><table class="mgTable1" summary="Attendance"><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr><tr><td><a href="mgUserInfo.aspx?UID=1">Councillor ${SECRET_MARK}</a></td><td>Chair</td><td>Present</td></tr></table></body></html>`;
const GET_MEETING = `<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>9310</meetingid><attendees><attendee><memberid>1</memberid><name>Councillor ${SECRET_MARK}</name><role>Chair</role><attendance>Present</attendance></attendee></attendees></meeting>`;

export async function startSecretServer(port = SECRET_PORT): Promise<SecretServer> {
  const requests: string[] = [];
  const pdf = Buffer.from(
    makePdf([['Internal only', `The secret is ${SECRET_MARK}.`, 'Recommendations', `1. That the ${SECRET_MARK} budget of £9m be approved.`]]),
  );
  const server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    const path = (request.url ?? '/').toLowerCase();
    if (path.startsWith('/secret.pdf')) {
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length) });
      response.end(pdf);
    } else if (path.startsWith('/mgmeetingattendance.aspx')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(ATTENDANCE);
    } else if (path.startsWith('/mgwebservice.asmx')) {
      response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      response.end(GET_MEETING);
    } else {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(SECRET_MARK);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
