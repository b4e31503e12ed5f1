from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from statements.admin_editors import EDITORS, ensure_editors_group


class Command(BaseCommand):
    help = (
        "Create the Editors group (or reset it to exactly the editors' permissions) and "
        "optionally make users editors: staff members of the group. A user that does not "
        "exist is created without a password; set one with `manage.py changepassword`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--add",
            dest="usernames",
            action="append",
            default=[],
            metavar="USERNAME",
            help="make this user an editor (repeatable)",
        )

    def handle(self, *args, usernames=(), **options):
        try:
            group = ensure_editors_group()
        except RuntimeError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f'Group "{EDITORS}": {group.permissions.count()} permissions.')
        User = get_user_model()
        for username in usernames:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_unusable_password()
            user.is_staff = True
            user.is_active = True
            user.save()
            user.groups.add(group)
            if created:
                self.stdout.write(
                    f"Created editor {username}; set a password with "
                    f"`manage.py changepassword {username}`."
                )
            else:
                self.stdout.write(f"{username} is now an editor.")
