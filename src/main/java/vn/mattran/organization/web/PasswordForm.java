package vn.mattran.organization.web;

/** The password change form. */
record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {
}
