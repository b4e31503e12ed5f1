import hashlib
import re

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import connections, models
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .text import fold

iso_country = RegexValidator(r"^[A-Z]{2}$", "Use an ISO 3166-1 alpha-2 code such as RU or US.")


def unique_slug(model, text: str, instance_pk=None, max_length: int = 200) -> str:
    """A slug for ``text`` not yet used by another row of ``model``."""
    base = (slugify(fold(text)) or "item")[:max_length]
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exclude(pk=instance_pk).exists():
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)] + suffix
        n += 1
    return slug


class Source(models.Model):
    """One article, with its full text exactly as read."""

    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=255, blank=True, db_index=True)
    credits = models.JSONField(
        default=list, blank=True, help_text="Credited outlets and wires, e.g. RT, teleSUR."
    )
    byline = models.CharField(max_length=255, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    dateline_place = models.CharField(max_length=255, blank=True)
    language = models.CharField(max_length=16, default="en")
    url = models.URLField(max_length=1000, blank=True)
    text = models.TextField()
    content_hash = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of the text: the natural key of a load."
    )
    file_name = models.CharField(
        max_length=255,
        unique=True,
        help_text="File the article was read from; a changed file replaces its older version.",
    )
    edited = models.BooleanField(
        default=False,
        help_text="Metadata changed by an editor: loads never overwrite it (only the text).",
    )
    loaded_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published", "-id"]
        indexes = [models.Index(fields=["publisher", "published"], name="source_pub_date")]

    def __str__(self):
        return self.title or self.file_name

    def get_absolute_url(self):
        return reverse("statements:source_detail", args=[self.pk])

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person"
        GOVERNMENT = "government"
        MINISTRY = "ministry"
        ORGANISATION = "organisation"
        COUNTRY = "country"
        MEDIA = "media"
        ARMED_GROUP = "armed_group", "armed group"
        OTHER = "other"

    name = models.CharField(max_length=255, help_text="Canonical name.")
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    country = models.CharField(
        max_length=2,
        blank=True,
        db_index=True,
        validators=[iso_country],
        help_text="ISO 3166-1 alpha-2 code; empty for international bodies.",
    )
    role = models.CharField(max_length=255, blank=True, help_text='e.g. "Foreign Minister".')
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this actor belongs to (Lavrov → Foreign Ministry → Russia).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "country"], name="actor_kind_country")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.country:
            self.country = self.country.upper()
        if not self.slug:
            self.slug = unique_slug(Actor, self.name, self.pk)
        super().save(*args, **kwargs)
        # The canonical name is always an alias, so later loads find this actor by it.
        ActorAlias.objects.get_or_create(
            actor=self, key=fold(self.name), defaults={"name": self.name}
        )

    def get_absolute_url(self):
        return reverse("statements:actor_detail", args=[self.slug])

    def add_alias(self, name: str) -> None:
        key = fold(name)
        if key:
            ActorAlias.objects.get_or_create(actor=self, key=key, defaults={"name": name})


class ActorAlias(models.Model):
    """A surface form of an actor ("Lavrov", "Sergey Lavrov"), matched accent-insensitively."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=255)
    key = models.CharField(max_length=255, db_index=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "actor aliases"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["actor", "key"], name="alias_unique_per_actor")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        super().save(*args, **kwargs)


class Event(models.Model):
    class Kind(models.TextChoices):
        MILITARY_ACTION = "military_action", "military action"
        DIPLOMATIC_MEETING = "diplomatic_meeting", "diplomatic meeting"
        PHONE_CALL = "phone_call", "phone call"
        STATEMENT = "statement"
        SANCTION = "sanction"
        AGREEMENT = "agreement"
        ELECTION = "election"
        PROTEST = "protest"
        ARREST = "arrest"
        HUMANITARIAN = "humanitarian"
        OTHER = "other"

    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    places = models.JSONField(default=list, blank=True)
    participants = models.ManyToManyField(Actor, blank=True, related_name="events")
    sources = models.ManyToManyField(Source, blank=True, related_name="events")
    edited = models.BooleanField(
        default=False, help_text="Changed by an editor: loads never overwrite it."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[participants])

    class Meta:
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["kind", "date"], name="event_kind_date")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            label = f"{self.title} {self.date.isoformat() if self.date else ''}"
            self.slug = unique_slug(Event, label, self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("statements:event_detail", args=[self.slug])


# Full-text search: on PostgreSQL, an expression GIN index (migration 0002) over exactly
# this expression, so ``search()`` can use it.
SEARCH_CONFIG = "english"


class ContentSearchVector(models.Func):
    """``to_tsvector('english', content)``: matches the ``statement_content_fts`` index."""

    template = f"to_tsvector('{SEARCH_CONFIG}'::regconfig, %(expressions)s)"
    arity = 1

    def __init__(self, expression="content", **extra):
        from django.contrib.postgres.search import SearchVectorField

        super().__init__(expression, output_field=SearchVectorField(), **extra)


def _search_terms(query: str) -> list[list[tuple[bool, str]]]:
    """Web-search syntax, for databases without full-text search: groups joined by "or",
    each a list of (exclude, term); "quoted phrases" stay whole, -term excludes."""
    groups: list[list[tuple[bool, str]]] = [[]]
    for match in re.finditer(r'(-?)"([^"]*)"?|(-?)([^\s"]+)', query):
        exclude = bool(match.group(1) or match.group(3))
        term = (match.group(2) if match.group(2) is not None else match.group(4)).strip()
        if not term:
            continue
        if term.lower() == "or" and not exclude:
            groups.append([])
            continue
        groups[-1].append((exclude, term))
    return [group for group in groups if any(not exclude for exclude, _ in group)]


class EventAlias(models.Model):
    """Another identity (kind, day, title) of an event: one an editor merged into it, or the
    one it had before an editor changed it. Loads find the event again through it, so merged
    events stay merged and edited events are not reported again as new ones."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="aliases")
    kind = models.CharField(max_length=30, choices=Event.Kind.choices)
    date = models.DateField(null=True, blank=True)
    title = models.CharField(max_length=500)
    key = models.CharField(max_length=500, db_index=True, editable=False)

    class Meta:
        verbose_name_plural = "event aliases"
        ordering = ["-date", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "kind", "date", "key"], name="event_alias_unique_per_event"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.get_kind_display()}, {self.date or 'no date'})"

    def save(self, *args, **kwargs):
        self.key = fold(self.title)
        super().save(*args, **kwargs)

    @classmethod
    def remember(cls, event: "Event", kind: str, date, title: str) -> None:
        """Make ``(kind, date, title)`` find ``event`` on later loads."""
        if not title:
            return
        cls.objects.get_or_create(
            event=event, kind=kind, date=date, key=fold(title), defaults={"title": title[:500]}
        )


class StatementQuerySet(models.QuerySet):
    def public(self):
        """What readers see: everything an editor has not rejected."""
        return self.exclude(status=Statement.Status.REJECTED)

    def search(self, query: str):
        """Statements whose content matches ``query`` (web-search syntax: words, "a phrase",
        -word, or), annotated with ``rank`` (higher is better).

        PostgreSQL: full-text search with English stemming over the GIN index, ranked by
        ``ts_rank``. Other databases: every word must appear (case-insensitively); whole-query
        matches rank first.
        """
        query = (query or "").strip()
        if not query:
            return self.annotate(rank=models.Value(0.0, output_field=models.FloatField()))
        if connections[self.db].vendor == "postgresql":
            from django.contrib.postgres.search import SearchQuery, SearchRank

            tsquery = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
            return (
                self.alias(search_vector=ContentSearchVector())
                .filter(search_vector=tsquery)
                .annotate(rank=SearchRank(models.F("search_vector"), tsquery))
            )
        condition = models.Q()
        groups = _search_terms(query)
        if not groups:
            return self.none().annotate(rank=models.Value(0.0, output_field=models.FloatField()))
        for group in groups:
            match = models.Q()
            for exclude, term in group:
                term_q = models.Q(content__icontains=term)
                match &= ~term_q if exclude else term_q
            condition |= match
        phrase = " ".join(term for group in groups for exclude, term in group if not exclude)
        return self.filter(condition).annotate(
            rank=models.Case(
                models.When(content__icontains=phrase, then=models.Value(1.0)),
                default=models.Value(0.0),
                output_field=models.FloatField(),
            )
        )


class Statement(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct"
        INDIRECT = "indirect"

    class Category(models.TextChoices):
        APPEAL = "appeal"
        DEMAND = "demand"
        CRITICISE = "criticise"
        SUPPORT = "support"
        REJECT = "reject"
        THREATEN = "threaten"
        COOPERATE = "cooperate"
        DENY = "deny"
        OTHER = "other"

    class Status(models.TextChoices):
        PENDING = "pending"
        VERIFIED = "verified"
        REJECTED = "rejected"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="statements")
    speaker = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    content = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices, db_index=True)
    cue = models.CharField(max_length=100, blank=True, help_text='Speech verb, e.g. "affirmed".')
    date = models.DateField(null=True, blank=True, db_index=True, help_text="When it was said.")
    content_start = models.PositiveIntegerField()
    content_end = models.PositiveIntegerField()
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    paragraph_start = models.PositiveIntegerField(null=True, blank=True)
    paragraph_end = models.PositiveIntegerField(null=True, blank=True)
    about = models.ManyToManyField(Actor, blank=True, related_name="mentioned_in")
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    category = models.CharField(
        max_length=12, choices=Category.choices, default=Category.OTHER, db_index=True
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="verified_statements",
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    edited = models.BooleanField(
        default=False, help_text="Changed by an editor: loads never overwrite it."
    )
    fingerprint = models.CharField(
        max_length=64,
        editable=False,
        help_text="Stable key of the extracted statement within its source.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StatementQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[about])

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "fingerprint"], name="statement_unique_per_source"
            ),
            models.CheckConstraint(
                condition=models.Q(content_end__gte=models.F("content_start")),
                name="statement_span_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["speaker", "date"], name="statement_speaker_date"),
            models.Index(fields=["status", "date"], name="statement_status_date"),
        ]

    def __str__(self):
        content = self.content if len(self.content) <= 80 else self.content[:77] + "..."
        return f"{self.speaker or 'Unknown'}: {content}"

    def get_absolute_url(self):
        return reverse("statements:statement_detail", args=[self.pk])

    @staticmethod
    def make_fingerprint(kind: str, content: str, joint_speaker: str | None = None) -> str:
        """The natural key of a statement within its source: kind and folded content, plus
        the speaker's name for the second and later speakers of words said jointly."""
        key = f"{kind}\x00{fold(content)}"
        if joint_speaker:
            key += f"\x00{fold(joint_speaker)}"
        return hashlib.sha256(key.encode()).hexdigest()

    @property
    def is_editorial(self) -> bool:
        """True once an editor has touched it: loads then leave it alone."""
        return self.edited or self.status != self.Status.PENDING


class Tombstone(models.Model):
    """What an editor deleted, remembered so that loads do not bring it back."""

    deleted_at = models.DateTimeField(auto_now_add=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        abstract = True
        ordering = ["-deleted_at", "-id"]


class StatementTombstone(Tombstone):
    """Remembers a statement an editor deleted, so a reload does not bring it back."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="tombstones")
    fingerprint = models.CharField(max_length=64)
    content = models.TextField(blank=True)

    class Meta(Tombstone.Meta):
        constraints = [
            models.UniqueConstraint(fields=["source", "fingerprint"], name="tombstone_unique")
        ]

    def __str__(self):
        return f"deleted: {self.content[:60]}"


class ActorAliasTombstone(Tombstone):
    """An alias an editor removed from an actor: loads do not add it to that actor again
    (delete the tombstone to allow it). Adding the alias back removes the tombstone."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="alias_tombstones")
    name = models.CharField(max_length=255)
    key = models.CharField(max_length=255, editable=False)

    class Meta(Tombstone.Meta):
        constraints = [
            models.UniqueConstraint(fields=["actor", "key"], name="alias_tombstone_unique")
        ]

    def __str__(self):
        return f"deleted: {self.name} ({self.actor})"


class ActorTombstone(Tombstone):
    """An actor an editor deleted. Loads do not create it again from any of the names it
    had (``keys``, folded): statements it made load with no speaker, and "about" links and
    event participations to it are left out. Delete the tombstone to allow it again."""

    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=20, choices=Actor.Kind.choices)
    names = models.TextField(blank=True, help_text="Every name it had, separated by '; '.")
    keys = models.JSONField(default=list, help_text="Those names, folded: what loads match.")

    def __str__(self):
        return f"deleted: {self.name}"


class EventTombstone(Tombstone):
    """An event an editor deleted. Loads do not create it again from any of its identities
    (kind, day, title: its own and its event aliases'); statements load without it. Delete
    the tombstone to allow it again."""

    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=30, choices=Event.Kind.choices)
    date = models.DateField(null=True, blank=True)
    identities = models.JSONField(
        default=list, help_text="[kind, ISO date or null, folded title] of each identity."
    )

    def __str__(self):
        return f"deleted: {self.title}"
