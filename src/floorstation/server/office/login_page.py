"""Signing in and out (``/login``, ``/logout``) and the user's language (``/language``)."""

from __future__ import annotations

import hmac
import secrets

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from floorstation.server.office import auth, users
from floorstation.server.office.auth import SignedInUser
from floorstation.server.office.templating import templates

router = APIRouter(include_in_schema=False)


def _login_form(request: Request, *, error: str = "", until: str = "", status: int = 200) -> HTMLResponse:
    token = request.cookies.get(auth.LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
    context = {"login_csrf": token, "error": error, "until": until, "next": request.query_params.get("next", "")}
    response = templates.TemplateResponse(request, "login.html", context, status_code=status)
    response.set_cookie(
        auth.LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax", secure=request.url.scheme == "https"
    )
    return response


@router.get("/login")
def login_page(request: Request) -> Response:
    if auth.current(request) is not None:
        return RedirectResponse(auth.login_target(request.query_params.get("next")), status_code=303)
    return _login_form(request)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await auth.read_form(request)
    expected = request.cookies.get(auth.LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(form.get(auth.CSRF_FIELD, "").encode(), expected.encode()):
        raise auth.CsrfRefused()
    office = auth.state(request)
    try:
        user = await run_in_threadpool(
            users.check_password,
            office.engine,
            form.get("username", ""),
            form.get("password", ""),
            policy=office.lockout,
        )
    except users.SignInRefused as refused:
        until = refused.until.astimezone().strftime("%H:%M") if refused.until else ""
        return _login_form(request, error=refused.why, until=until, status=429 if refused.why == "locked" else 401)
    secret, _csrf = auth.start_session(office.engine, user, office.session_length)
    response = RedirectResponse(auth.login_target(form.get("next")), status_code=303)
    auth.set_session_cookie(request, response, secret, office.session_length)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
async def logout(request: Request, signed_in: SignedInUser) -> Response:
    auth.check_csrf(signed_in, await auth.read_form(request))
    secret = request.cookies.get(auth.COOKIE)
    if secret:
        auth.end_session(auth.state(request).engine, secret)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.COOKIE)
    return response


@router.post("/language")
async def language(request: Request, signed_in: SignedInUser) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    if form.get("language") in users.LANGUAGES:
        users.set_language(auth.state(request).engine, signed_in.user, form["language"])
    return RedirectResponse(auth.login_target(form.get("next")), status_code=303)
