package com.wqs.application.port.in;

/**
 * A user changing their own password.
 *
 * @param clientAddress where the request came from: a wrong current password counts as a failed sign-in
 *     of this account from there
 * @param keptSessionToken the session making the change, which stays signed in; null ends every session
 */
public record PasswordChangeCommand(String currentPassword, String newPassword, String clientAddress,
        String keptSessionToken) {
}
