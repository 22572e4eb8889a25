#!/usr/bin/env bash
# SQL injection scan, with sqlmap, of every parameter that filters, searches, sorts or pages a list.
#
# Runs against an app that is already running in Development on loopback, with a throw-away SQLite
# database and the demo accounts (Seed:DemoUsers, Seed:DemoData): it sends thousands of crafted
# requests, writes audit rows and publishes one revision of last year's annual report. Never point it at
# a database that matters. How to start the app for it, and the last result: docs/security.md.
#
# Not run by CI: CI has no sqlmap (Debian package "sqlmap"), and tests/run.sh does not call this script.
#
# Usage: tests/security/sqlmap-scan.sh [BASE_URL] [DEMO_PASSWORD]
#   BASE_URL        default http://127.0.0.1:5077
#   DEMO_PASSWORD   default $DEMO_PASSWORD, else the Development default Demo-Lozinka-2026
# Environment: SQLMAP_LEVEL (default 3), SQLMAP_RISK (default 3), ROUTE_TIMEOUT (seconds per sqlmap run,
# default 600), SCAN_OUT (folder for sqlmap's logs; default a new temporary folder, kept), ONLY (a bash
# regular expression: scan only the routes whose path matches it, e.g. ONLY='^/Reports').
# The app's sign-in limit must allow a few sign-ins a minute (Security:SignInPermitsPerMinute).
#
# Prints one line per route: the route, the parameters tested, the verdict, requests and seconds.
# Exit status: 0 no parameter is injectable; 1 sqlmap found an injectable parameter; 2 a route could not
# be scanned (signed out during the run, time-out, or sqlmap ended without a verdict).
set -euo pipefail

base_url="${1:-http://127.0.0.1:5077}"
base_url="${base_url%/}"
password="${2:-${DEMO_PASSWORD:-Demo-Lozinka-2026}}"
level="${SQLMAP_LEVEL:-3}"
risk="${SQLMAP_RISK:-3}"
route_timeout="${ROUTE_TIMEOUT:-600}"
only_routes="${ONLY:-}"
out="${SCAN_OUT:-$(mktemp -d -t sqlmap-scan.XXXXXX)}"
mkdir -p "$out/sqlmap"

command -v sqlmap >/dev/null || { echo "sqlmap-scan: sqlmap is not installed (apt-get install sqlmap)" >&2; exit 2; }
command -v curl >/dev/null || { echo "sqlmap-scan: curl is not installed" >&2; exit 2; }

# --- Signing in through the real form, one cookie jar per account ------------------------------------

jar() { echo "$out/$1.jar"; }

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }

sign_in() {
  local user="$1" token
  rm -f "$(jar "$user")"
  token="$(curl -sS -c "$(jar "$user")" -b "$(jar "$user")" "$base_url/Account/Login" | token_of)"
  curl -sS -o /dev/null -c "$(jar "$user")" -b "$(jar "$user")" \
    --data-urlencode "UserName=$user" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base_url/Account/Login"
  if [ "$(status_of "$user" /)" != 200 ]; then
    echo "sqlmap-scan: $user could not sign in" >&2
    exit 2
  fi
}

# The jar's cookies as one Cookie header (curl marks HttpOnly cookies with a "#HttpOnly_" prefix).
cookie_of() { sed -n 's/^#HttpOnly_//; /^#/d; /^$/d; p' "$(jar "$1")" | awk -F'\t' '{ printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }'; }

# HTTP status of a GET without following redirects: 200 when the session is good, 302 to the sign-in page when not.
status_of() { curl -sS -o /dev/null -w '%{http_code}' -b "$(jar "$1")" -c "$(jar "$1")" "$base_url$2"; }

get() { curl -sS -b "$(jar "$1")" -c "$(jar "$1")" "$base_url$2"; }

# First non-empty value of a <select name="…"> on a page.
first_option() {
  get "$1" "$2" | python3 -c '
import re, sys
page, name = sys.stdin.read(), sys.argv[1]
select = re.search(r"<select[^>]*name=\"" + re.escape(name) + r"\"[^>]*>(.*?)</select>", page, re.S)
values = [v for v in re.findall(r"<option[^>]*value=\"([^\"]*)\"", select.group(1)) if v] if select else []
print(values[0] if values else "")' "$3"
}

first_link() { get "$1" "$2" | grep -o "href=\"$3[0-9a-f-]*\"" | head -n 1 | sed 's/^href="//; s/"$//'; }

# --- One sqlmap run -----------------------------------------------------------------------------------

failed=0
injectable=0
started=$SECONDS

# scan USER PATH PARAMS [sqlmap options…]: PATH holds the query string (or a "*" marking a path segment);
# PARAMS is sqlmap's -p list, or "-" for the marked path segment. The session is checked before and after
# the run on PATH without its query, or on $page when set (a POST's form page): a signed-out session gets
# the sign-in page, and sqlmap would then have tested nothing.
scan() {
  local user="$1" path="$2" params="$3"
  shift 3
  if [ -n "$only_routes" ] && ! [[ "$path" =~ $only_routes ]]; then return 0; fi
  local name log traffic rc=0 seconds verdict requests login_redirects candidates rejected errors
  name="$(echo "$path" | sed 's/?.*//; s/[^A-Za-z0-9]\+/_/g; s/^_//')_$(echo "$params" | tr -c 'A-Za-z0-9\n' '_')"
  log="$out/$name.log"
  traffic="$out/$name.traffic"
  local probe="${page:-${path//\*/}}"
  probe="${probe%%\?*}"

  if [ "$(status_of "$user" "$probe")" != 200 ]; then
    sign_in "$user"
  fi

  local -a only=()
  if [ "$params" != "-" ]; then only=(-p "$params"); fi
  local t0=$SECONDS
  timeout "$route_timeout" sqlmap -u "$base_url$path" --cookie="$(cookie_of "$user")" "${only[@]}" \
    --batch --ignore-stdin --dbms=SQLite --level="$level" --risk="$risk" --technique=BEUST --text-only --flush-session \
    --output-dir="$out/sqlmap" -t "$traffic" "$@" >"$log" 2>&1 || rc=$?
  seconds=$((SECONDS - t0))

  requests="$(grep -c '^HTTP response \[#' "$traffic" 2>/dev/null || true)"
  login_redirects="$(grep -ci '^Location: .*/Account/Login' "$traffic" 2>/dev/null || true)"
  rm -f "$traffic"

  # A parameter that "appears to be injectable" is then checked by sqlmap itself; a rejected one is
  # reported as "false positive or unexploitable injection point detected".
  candidates="$(grep -o "parameter '[^']*' appears to be .* injectable" "$log" | sed "s/^parameter '\([^']*\)'.*/\1/" | sort -u | paste -sd, - || true)"
  rejected="$(grep -c 'false positive or unexploitable injection point detected' "$log" || true)"
  errors="$(grep -o '^500 (Internal Server Error) - [0-9]* times' "$log" | grep -o '[0-9]* times' || true)"

  if grep -q 'sqlmap identified the following injection point\|is vulnerable' "$log"; then
    verdict="INJECTABLE (see $log)"
    injectable=1
  elif [ -n "$candidates" ] && [ "$(echo "$candidates" | tr ',' '\n' | wc -l)" -gt "${rejected:-0}" ]; then
    verdict="CANDIDATE ($candidates) that sqlmap neither confirmed nor rejected: read $log"
    failed=1
  elif [ "$rc" = 124 ]; then
    verdict="TIMED OUT after ${route_timeout}s: not scanned to the end"
    failed=1
  elif [ "${login_redirects:-0}" != 0 ] || [ "$(status_of "$user" "$probe")" != 200 ]; then
    verdict="SIGNED OUT during the run: not scanned"
    failed=1
  elif grep -q 'all tested parameters do not appear to be injectable' "$log"; then
    verdict="no injectable parameter"
    if [ -n "$candidates" ]; then verdict="$verdict (candidates rejected by sqlmap as false positives: $candidates)"; fi
  else
    verdict="NO VERDICT (sqlmap exit $rc, see $log)"
    failed=1
  fi

  if [ -n "$errors" ]; then verdict="$verdict; HTTP 500 $errors"; fi
  printf '%-4s %-44s %-58s %s (%s requests, %ss)\n' "${method:-GET}" \
    "$(echo "${path%%\?*}" | sed 's/[0-9a-f]\{8\}-[0-9a-f-]\{27\}/{id}/g')" \
    "$( [ "$params" = "-" ] && echo "path segment ($path)" || echo "$params")" "$verdict" "${requests:-0}" "$seconds"
}

# --- The routes ---------------------------------------------------------------------------------------

echo "sqlmap $(sqlmap --version 2>/dev/null | head -n 1) against $base_url, level $level, risk $risk; logs in $out"

sign_in koordinator
sign_in rukovodstvo
sign_in admin

# Values the demo data has: people, a case, a placement, a waiting referral, last year's report (the
# default year of /Reports/Annual) and this year's activity.
assignee="$(first_option koordinator /Referrals Assignee)"
author="$(first_option koordinator /Decisions Author)"
member="$(first_option koordinator /Work member)"
case_path="$(first_link koordinator /Cases /Cases/Details/)"
case_id="${case_path##*/}"
placement="$(first_link koordinator /Shelter /Shelter/Placements/)"
referral="$(first_link koordinator '/Referrals?Status=AwaitingTriage' /Referrals/Details/)"
service_type="$(first_option koordinator "/Cases/$case_id/Services" Type)"
given_by="$(first_option koordinator "/Cases/$case_id/Services" GivenBy)"
partner="$(get koordinator /Partners | grep -o 'href="/Partners/Details/[0-9a-f-]*"' | head -n 1 | sed 's#.*/##; s/"$//')"
year="$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$(jar rukovodstvo)" "$base_url/Reports/Annual" | sed 's#.*/##')"
list_name="$(get admin /CodeLists | grep -o 'href="/CodeLists/List/[A-Za-z]*"' | head -n 1 | sed 's#.*/##; s/"$//')"
this_year=$((year + 1))
for v in assignee author member case_id placement referral service_type given_by partner year list_name; do
  if [ -z "${!v}" ]; then echo "sqlmap-scan: no $v found in the demo data (is Seed:DemoData on?)" >&2; exit 2; fi
done

# A published revision, so that "revision", "left" and "right" are tested from a page that exists.
if [ "$(status_of rukovodstvo "/Reports/Annual/$year?revision=1")" != 200 ]; then
  token="$(get rukovodstvo "/Reports/Annual/$year" | token_of)"
  curl -sS -o /dev/null -b "$(jar rukovodstvo)" -c "$(jar rukovodstvo)" --data-urlencode "after=0" \
    --data-urlencode "__RequestVerificationToken=$token" "$base_url/Reports/Annual/$year/Publish"
fi

method=GET
# Coordinator: the registers, lists, calendars and statistics.
scan koordinator "/Referrals?Status=AwaitingTriage&Sector=Police&Municipality=RS-BEOGRAD&UrgentOnly=false&OverdueOnly=false&From=01.01.2020.&To=31.12.2030.&Assignee=$assignee&Sort=deadline&Page=1" \
  "Status,Sector,Municipality,UrgentOnly,OverdueOnly,From,To,Assignee,Sort,Page"
scan koordinator "/Cases?Status=IdentifiedVictim&Code=CZZ&FollowUpDue=false&DecisionOverdue=false&AwaitingApproval=false&Page=1" \
  "Status,Code,FollowUpDue,DecisionOverdue,AwaitingApproval,Page"
scan koordinator "/Decisions?Year=$this_year&Outcome=Identified&Form=SexualExploitation&Author=$author&Page=1" "Year,Outcome,Form,Author,Page"
scan koordinator "/Decisions/Export?Year=$this_year&Outcome=Identified&Form=SexualExploitation&Author=$author" "Year,Outcome,Form,Author"
scan koordinator "/Partners?Q=Centar&Sector=SocialProtection&Municipality=RS-BEOGRAD&Page=1" "Q,Sector,Municipality,Page"
scan koordinator "/Work?member=$member&page=1" "member,page"
scan koordinator "/Hearings?view=month&from=01.11.$this_year." "view,from"
scan koordinator "/Conferences?view=month&from=01.11.$this_year." "view,from"
scan koordinator "/Cases/$case_id/Services?Type=$service_type&From=01.01.2020.&To=31.12.2030.&GivenBy=$given_by&Page=1" "Type,From,To,GivenBy,Page"
scan koordinator "/Cases/$case_id/FieldVisits?page=1" "page"
scan koordinator "/Cases/$case_id/Network?partnerId=$partner" "partnerId"
scan koordinator "$placement?page=1" "page"
scan koordinator "/Activity?Year=$this_year" "Year"
scan koordinator "/Activity/Trainings?Year=$this_year&Sector=Police&Municipality=RS-BEOGRAD&Page=1" "Year,Sector,Municipality,Page"
scan koordinator "/Activity/Events?Year=$this_year&Kind=Campaign&Page=1" "Year,Kind,Page"
scan koordinator "/Activity/Teams?Status=Active" "Status"
scan koordinator "/Activity/Sectors?From=01.01.$this_year.&To=31.12.$this_year.&Municipality=RS-BEOGRAD" "From,To,Municipality"
scan koordinator "/Shelter/Statistics?From=01.01.$this_year.&To=31.12.$this_year." "From,To"
scan koordinator "/Conferences/Statistics?Year=$this_year" "Year"

# Coordinator: the person search before a case is opened, a POST with the antiforgery token.
method=POST page="$referral"
scan koordinator "${referral/Details/FindPerson}" "Triage.Search.Name,Triage.Search.DateOfBirth" \
  --data="Triage.Search.Name=Demo%20osoba&Triage.Search.DateOfBirth=01.01.1990.&__RequestVerificationToken=x" \
  --csrf-token=__RequestVerificationToken --csrf-url="$base_url$referral"
method=GET page=

# Management: the annual report (the page, and its year segment on cells.csv: the same query behind both),
# its revisions, the extract. --code=200: a route constraint answers anything else with 404.
scan rukovodstvo "/Reports/Annual/$year?revision=1&internal=false" "revision,internal"
scan rukovodstvo "/Reports/Annual/$year*/cells.csv" "-" --code=200
scan rukovodstvo "/Reports/Annual/$year/Revisions?left=1&right=1" "left,right"
scan rukovodstvo "/Reports/Extract?year=$year" "year"

# Administrator: one code list's values, named in the path, paged.
scan admin "/CodeLists/List/$list_name?page=1" "page"
scan admin "/CodeLists/List/$list_name*?page=1" "-" --code=200

echo "scan took $((SECONDS - started))s"
if [ "$injectable" = 1 ]; then
  echo "sqlmap-scan: INJECTABLE parameter found" >&2
  exit 1
fi
if [ "$failed" = 1 ]; then
  echo "sqlmap-scan: some routes were not scanned to a verdict" >&2
  exit 2
fi
echo "sqlmap-scan: no injectable parameter"
