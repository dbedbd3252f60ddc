"""Registration answered by e-mail, so the page never tells whether an address has an account.

Whatever address is registered, the page says the same thing ("we have sent
you an e-mail") and one e-mail goes to that address: for a new address, a link
that activates the account (created inactive until then); for an address that
already has an account, a note saying so with links to log in or reset the
password. Both paths cost one password hash, so the timing says nothing
either.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes, force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlencode, urlsafe_base64_decode, urlsafe_base64_encode

EMAIL_LANGUAGES = ("th", "en")


def account_registration_request(request: HttpRequest, email: str, password: str, next_url: str = "") -> None:
    """``next_url``: where the activation link leads once the account is open (the checkout, for a shopper who
    chose to create an account there), when it is a page of this site."""
    User = get_user_model()
    existing = User.objects.filter(email__iexact=email).order_by("pk").first()
    if existing is not None and (existing.is_active or existing.last_login):
        User().set_password(password)  # the hash a new account costs
        _send(request, existing.email, "registration_exists", {
            "login_url": request.build_absolute_uri(reverse("customer:login")),
            "reset_url": request.build_absolute_uri(reverse("password-reset")),
        })
        return
    user = existing or User(email=email)
    user.set_password(password)  # registering again before activating: the latest password counts
    user.is_active = False
    user.save()
    token = default_token_generator.make_token(user)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    activate_path = reverse("customer:register-activate", args=(uid, token))
    if next_url and next_url != settings.LOGIN_REDIRECT_URL and safe_next_url(request, next_url):
        activate_path += "?" + urlencode({"next": next_url})
    _send(request, user.email, "registration_activate", {"activate_url": request.build_absolute_uri(activate_path)})


def safe_next_url(request: HttpRequest, url: str) -> bool:
    """Whether ``url`` is a page of this site (never another host: the link is in an e-mail anyone could edit)."""
    return bool(url) and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()},
                                                         require_https=request.is_secure())


def account_activate(uidb64: str, token: str):
    """The account the link is for, now active; ``None`` for a wrong, used or expired link."""
    User = get_user_model()
    try:
        user = User.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
    if user.is_active or user.last_login or not default_token_generator.check_token(user, token):
        return None
    user.is_active = True
    user.save(update_fields=["is_active"])
    return user


def _send(request: HttpRequest, to: str, kind: str, context: dict) -> None:
    subjects, bodies = [], []
    for language in EMAIL_LANGUAGES:
        with translation.override(language):
            ctx = {**context, "shop_name": settings.OSCAR_SHOP_NAME}
            subjects.append(render_to_string(f"accounts/emails/{kind}_subject.txt", ctx).strip())
            bodies.append(render_to_string(f"accounts/emails/{kind}_body.txt", ctx).strip())
    EmailMessage(subject=" / ".join(subjects), body="\n\n---\n\n".join(bodies) + "\n",
                 from_email=settings.DEFAULT_FROM_EMAIL, to=[to]).send()
