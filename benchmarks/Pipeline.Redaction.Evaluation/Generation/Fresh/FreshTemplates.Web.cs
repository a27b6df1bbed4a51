namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshTemplates
{
    /// <summary>Web apps of many locales: shops, banks, public services, social sites.</summary>
    private static Template[] Web() =>
    [
        P("amazon.jp.address", "tab", "お届け先: {PERSON=person:full@ja-native} 様 {ADDRESS=one:東京都世田谷区太子堂4-1-1|大阪府大阪市北区梅田3-1-3|京都府京都市下京区烏丸通塩小路下ル東塩小路町721-1} - Amazon.co.jp"),
        P("rakuten.phone", "tab", "注文者情報 {PERSON=person:full@ja-native} {PHONE=phone:jp} - 楽天市場"),
        P("flipkart.address", "tab", "Deliver to {PERSON=person:full@in}, {ADDRESS=address} | Flipkart"),
        P("irctc.phone", "tab", "IRCTC Next Generation eTicketing · Mobile {PHONE=phone:in}"),
        P("mercadolivre.cpf", "tab", "Meus dados · CPF {ID=id:cpf} · Mercado Livre"),
        P("ifood.phone", "tab", "iFood - Entregar para {PERSON=person:full@br} · {PHONE=phone:br}"),
        P("bolcom.address", "tab", "Bezorgadres {ADDRESS=address} - bol.com"),
        P("leboncoin.phone", "tab", "Annonce de {PERSON=person:given@fr} · {PHONE=phone:fr} - leboncoin"),
        P("wallapop.chat", "chat", "Chat con {PERSON=person:given@es} · Wallapop"),
        P("finn.phone", "tab", "Selger: {PERSON=person:full@no} · tlf {PHONE=phone:no} · FINN.no"),
        P("blocket.phone", "tab", "{PERSON=person:full@se} – {PHONE=phone:se} – Blocket"),
        P("dba.phone", "tab", "Kontakt {PERSON=person:full@dk}, {PHONE=phone:dk} | DBA"),
        P("tori.phone", "tab", "Myyjä {PERSON=person:full@fi} · {PHONE=phone:fi} | Tori.fi"),
        P("ebay.kleinanzeigen", "tab", "Nachricht von {PERSON=person:given@de,tr,pl} – Kleinanzeigen"),
        P("paypal.send", "tab", "Send money to {EMAIL=email:personal} | PayPal"),
        P("wise.recipient", "tab", "Recipient: {PERSON=person} · {IBAN=iban} · Wise"),
        P("revolut.card", "tab", "Virtual card {CARD=card} · Revolut Business"),
        P("n26.card", "mail", "Deine neue Karte {CARD=card} ist unterwegs"),
        P("visa.form", "tab", "Payment details: {CARD=card} exp {n:1-12}/{n:27-31}"),
        P("amex.form", "window", "Card number {CARD=card} — Checkout — Safari"),
        P("elster.steuerid", "tab", "Mein ELSTER – Steuer-ID {ID=id:steuerid}"),
        P("ameli.nir", "tab", "ameli – Compte de {PERSON=person:full@fr} – n° {ID=id:nir}"),
        P("digid.bsn", "tab", "MijnOverheid – BSN {ID=id:bsn}"),
        P("skatteverket.pnr", "tab", "Skatteverket – Deklaration {n:2025-2026} – {ID=id:personnummer}"),
        P("kela.hetu", "tab", "OmaKela · {PERSON=person:full@fi} · {ID=id:hetu}"),
        P("irs.ssn", "tab", "IRS Online Account · SSN {SSN=ssn} · {PERSON=person:full@en}"),
        P("instagram.profile", "tab", "{PERSON=person} ({HANDLE=handle}) • Instagram photos and videos"),
        P("x.profile", "tab", "{PERSON=person} ({HANDLE=handle}) / X"),
        P("tiktok.profile", "tab", "{PERSON=person} ({HANDLE=handle}) | TikTok"),
        P("youtube.channel", "tab", "{PERSON=person} - YouTube: https://www.youtube.com/{HANDLE=handle}"),
        P("facebook.profile", "tab", "{PERSON=person} | Facebook"),
        P("glassdoor.search", "tab", "https://www.glassdoor.com/Search/results.htm?keyword={URL_QUERY=query:name}"),
        P("youtube.search", "tab", "https://www.youtube.com/results?search_query={URL_QUERY=query:name}"),
        P("maps.search", "tab", "https://www.google.com/maps/search/?api=1&query={URL_QUERY=query:address}"),
        P("admin.user", "tab", "https://admin.quillmark.com/users?user_id={URL_QUERY=query:account}&view=billing"),
        P("billing.customer", "tab", "https://billing.tamarindlabs.io/invoices?customer={URL_QUERY=query:customer}&page={n:1-9}"),
        P("router.dhcp", "tab", "DHCP leases – {PERSON=person:given}s-iPhone – {IP=ip:priv} - FRITZ!Box"),
        P("cloudflare.ip", "tab", "Firewall event from {IP=ip:pub} · Cloudflare"),
        P("grafana.ip", "tab", "Requests by client {IP=ip:v6} - Grafana"),
        P("doodle.poll", "tab", "{one:Teamessen|Sommerfest|Elternabend} – {URL=url:doodle}"),
    ];
}
