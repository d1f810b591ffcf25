/**
 * Which office this browser profile has held (issue 10 item 3). Chromium drops IndexedDB files it finds
 * corrupted and opens an empty database, which alone looks like a fresh profile; localStorage lives in
 * other files of the same profile, so it tells "this profile's store was lost" (the damaged-store
 * screen, restore offered) from "another profile" (office-elsewhere). Only the office's id: nothing
 * about a case or a person.
 */
const KEY = 'binhan.office';

export function rememberOffice(officeId: string): void {
  try {
    if (window.localStorage.getItem(KEY) !== officeId) window.localStorage.setItem(KEY, officeId);
  } catch {
    // Storage refused (a locked-down profile): the start-up check then only knows the data folder.
  }
}

export function profileHeld(officeId: string): boolean {
  try {
    return window.localStorage.getItem(KEY) === officeId;
  } catch {
    return false;
  }
}
