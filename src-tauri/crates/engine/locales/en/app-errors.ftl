## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.

error-unauthorized = This token was not accepted.
error-unauthorized-next = Check that you copied all of it, or create a new one.
error-forbidden = This token may not read this.
error-forbidden-next = Use a token of someone who can see the app, or ask the app's owner for access.
error-not-found = App Center could not find this.
error-not-found-next = It may have been deleted. Choose the app again.
error-rate-limited = App Center asked us to slow down, many times.
error-rate-limited-next = Wait a few minutes, then try again.
error-server = App Center had a problem.
error-server-next = Wait a moment, then try again.
error-network = App Center could not be reached.
error-network-next = Check your internet connection and the API address under Advanced, then try again.
error-invalid-response = The answer did not look like App Center's.
error-invalid-response-next = Check the API address under Advanced.
error-invalid-address = The API address is not valid.
error-invalid-settings = A setting is not valid.
error-token-missing = No token yet.
error-token-missing-next = Paste your App Center API token, or try the sample data.
error-keychain = The computer's keychain could not be used.
error-keychain-next = Paste the token instead.
error-sample-server = The sample data could not be started.
error-sample-server-next = Restart ACT Export and try again.
error-not-connected = You are not connected.
error-not-connected-next = Connect to App Center again.
error-unknown-run = One of the selected test runs no longer exists.
error-unknown-run-next = Reload the app's test runs and select again.
error-nothing-selected = No test runs are selected.
error-nothing-selected-next = Select the client's test runs, or choose the entire app.
error-cancelled = The export was stopped.
error-cancelled-next = Nothing was saved. You can start again whenever you like.
error-disk-full = There is not enough free disk space.
error-disk-full-next = Free some space, or save to another drive.
error-destination-not-writable = The archive cannot be saved there.
error-destination-not-writable-next = Choose another folder.
error-destination-is-directory = That is a folder, not a file name.
error-destination-is-directory-next = Choose a file name for the archive.
error-destination-missing = That folder does not exist.
error-destination-missing-next = Choose another folder.
error-write-failed = The archive could not be written.
error-write-failed-next = Check the free disk space and try again.
error-local-write = A downloaded file could not be written on this computer.
error-local-write-next = Free some disk space and try again.
error-no-archive = There is no finished export.
error-no-archive-next = Export again.
error-not-saved = The archive is not saved yet.
error-not-saved-next = Choose Save as first.
error-open-folder = The folder could not be opened.
error-open-folder-next = Open it yourself: the path is shown below.
error-drag = Dragging did not start.
error-drag-next = Use Save as instead.
error-export-running = An export is already running.
error-export-running-next = Wait for it to finish, or cancel it first.
error-unfinished-differs = Another unfinished export is in the way.
error-unfinished-differs-next = Continue it, or discard it, from the list of unfinished exports.
error-nothing-to-resume = That unfinished export is no longer there.
error-nothing-to-resume-next = Export the test runs again.
error-staging-busy = This export is already running elsewhere.
error-staging-busy-next = Another copy of ACT Export, or the act-export command, is working on it. Wait until it ends, or stop it there, then try again.
error-changed-at-source = App Center's data changed since this export began.
error-changed-at-source-next = Export again: it starts over with what App Center holds now.
error-cache = The app's private folder for unsaved archives cannot be used.
error-cache-next = Check the free disk space, then restart ACT Export.
error-journal-storage = The record of your requests cannot be opened or written.
error-journal-storage-next = Check the free disk space and that the app's data folder can be written, then try again.
error-register-unavailable = The team's register cannot be used right now.
error-register-unavailable-next = The details say why. Check the register's address and your password under "The record on this computer" on the Requests screen, and the network, or ask the register's administrator. Nothing was written.
error-journal-too-new = The record of your requests was written by a newer ACT Export.
error-journal-too-new-next = Install that version of ACT Export to open it.
error-invalid-input = Something in the form needs a change.
error-case-exists = There is already a request with this reference.
error-case-exists-next = Choose another reference, or open the existing request from the list.
error-case-not-found = This request is not in the record.
error-case-not-found-next = Go back to the list of requests and choose it again.
error-journal-moved = Other officers were working on this request at the same moment.
error-journal-moved-next = Nothing was recorded. Look at the request again (its page shows what they did), then try again.
error-copy-not-found = That file is not a copy this request saved.
error-copy-not-found-next = Go back to the request and try again.
error-internal-error = ACT Export could not do this on this computer.
error-internal-error-next = Restart ACT Export and try again. If it keeps happening, copy the details for your IT team.
error-password-needed = This export was protected with a password.
error-password-needed-next = Type the password to continue it.
error-delete-failed = The local copy could not be deleted.
error-delete-failed-next = Close any program that has it open, then try again, or delete it yourself.
error-approval-needed = This archive is not approved for delivery yet.
error-copy-changed = That file is no longer the copy this request saved.
error-copy-changed-next = Another archive was saved over it, or it was changed: it was left as it is. Check it before you delete it yourself.

error-no-app = This page must run inside the ACT Export app.
error-internal = Something went wrong.
error-internal-next = Try again. If it keeps happening, copy the details for your IT team.

## The error panel's buttons.

error-show-details = Show details
error-hide-details = Hide details
error-copy-details = Copy details
error-copied = Copied
error-copy-failed = Copy failed

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
