/**
 * Staff sign-in with the council's OpenID provider, for a host page that shows who is signed
 * in (`import { staffSignIn } from 'coprod-widgets/staff-sign-in'`). Its own module, so public
 * pages that load the all-in-one do not carry it; the staff elements share it (one session per
 * issuer and client id on a page).
 */
export { staffSignIn, type StaffSignIn, type StaffSignInOptions, type StaffSignInStatus } from './shared/staff/sign-in.js';
