"""Which company a customer belongs to: their company name without its legal form, or a business email
domain (free-mail and ISP domains say nothing about an employer)."""

from __future__ import annotations

from leadinbox.core.names import company_key

# Mail providers anyone can sign up with, worldwide and in the markets the marketplace sells in most; a
# domain here never groups customers. (Lower case; subdomains such as mail.yahoo.co.jp count too.)
FREE_MAIL = frozenset("""
gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.nl hotmail.it
live.com live.nl live.co.uk live.fr msn.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.co.jp yahoo.com.tw
yahoo.com.hk ymail.com rocketmail.com aol.com icloud.com me.com mac.com proton.me protonmail.com pm.me
gmx.com gmx.de gmx.net gmx.at web.de t-online.de freenet.de mail.com mail.ru yandex.ru yandex.com zoho.com
qq.com 163.com 126.com sina.com sohu.com foxmail.com naver.com daum.net hanmail.net kakao.com
ziggo.nl kpnmail.nl planet.nl home.nl xs4all.nl hetnet.nl chello.nl casema.nl upcmail.nl telenet.be
skynet.be orange.fr wanadoo.fr free.fr laposte.net sfr.fr libero.it virgilio.it tiscali.it alice.it
btinternet.com sky.com virginmedia.com talktalk.net comcast.net verizon.net att.net sbcglobal.net
bellsouth.net cox.net charter.net shaw.ca rogers.com sympatico.ca bigpond.com optusnet.com.au
hinet.net seed.net.tw ms1.hinet.net netvigator.com tutanota.com fastmail.com hey.com duck.com
""".split())


def business_domain(email: str | None) -> str | None:
    """The domain of a business address ('sanne@contoso.nl' -> 'contoso.nl'); None for free mail."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower().rstrip(".")
    if not domain or "." not in domain:
        return None
    parts = domain.split(".")
    if any(".".join(parts[i:]) in FREE_MAIL for i in range(len(parts) - 1)):
        return None
    return domain


def org_key(company: str | None) -> str | None:
    """The company name as compared: 'Contoso B.V.' and 'contoso bv' agree."""
    return company_key(company)
