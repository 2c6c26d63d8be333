#include "secretshapes.h"

namespace kb::test {

// At least 30 shapes (M3, L3). Every needle is unique to its row.
QList<Shape> shapes()
{
    auto s = [](const char *name, const char *text, std::initializer_list<const char *> n) {
        Shape sh{name, text, {}};
        for (const char *x : n)
            sh.needles << QString::fromUtf8(x);
        return sh;
    };
    return {
        s("url user:pass", "http://bob:UrlPw01x@mirror.example/au", {"UrlPw01x"}),
        s("url pass encoded @", "https://alice:P%40ss02x@host.example/x", {"P%40ss02x", "ss02x"}),
        s("url token user", "https://Tok03xUser:x-oauth-basic@git.example/", {"Tok03xUser"}),
        s("ini value with spaces", "SMTP_Password=correct horse04x battery04x", {"horse04x", "battery04x"}),
        s("ini value ; ,", "Pwd=Ab05x;cd05x,ef05x", {"Ab05x", "cd05x", "ef05x"}),
        s("double-quoted", "password=\"quoted q06x secret\"", {"q06x"}),
        s("single-quoted", "passwd='single07x pw'", {"single07x"}),
        s("json", "{\"password\": \"json08x\"}", {"json08x"}),
        s("json escaped quote", "{\"proxyPassword\":\"a\\\"esc09x\"}", {"esc09x"}),
        s("xml element", "<password>xml10x</password>", {"xml10x"}),
        s("xml namespaced", "<ns:Password type=\"plain\">xml11x</ns:Password>", {"xml11x"}),
        s("authorization basic", "Authorization: Basic QmFzaWMxMng=", {"QmFzaWMxMng"}),
        s("proxy-authorization", "Proxy-Authorization: Basic UHJveHkxM3g=", {"UHJveHkxM3g"}),
        s("authorization bearer", "Authorization: Bearer eyJ14x.payload.sig", {"eyJ14x"}),
        s("cookie header", "Cookie: ASP.NET_SessionId=cook15x; theme=dark", {"cook15x"}),
        s("set-cookie header", "Set-Cookie: .ASPXAUTH=auth16x; path=/; HttpOnly", {"auth16x"}),
        s("token= query", "/api?user=x&token=tok17x&z=1", {"tok17x"}),
        s("sid= query", "/cgi/x.exe?sid=sid18x&id=2", {"sid18x"}),
        s("session= query", "/x?session=sess19x", {"sess19x"}),
        s("pw= query", "/login?pw=pw20x", {"pw20x"}),
        s("pwd= query", "/login?user=a&pwd=pwd21x", {"pwd21x"}),
        s("key= query", "/api?key=key22x&v=1", {"key22x"}),
        s("auth= query", "https://h.example/cb?auth=auth23x", {"auth23x"}),
        s("access_token fragment", "#access_token=acc24x&expires=3600", {"acc24x"}),
        s("CRYPTNG blob", "Proxy_Info=!CRYPTNG!54EA18CC25x", {"54EA18CC25x"}),
        s("crypt blob lower case", "value !cryptex!abcd26x", {"abcd26x"}),
        s("CRYPTCSTEX blob", "CRYPTCSTEXdeadbeef27x", {"deadbeef27x"}),
        s("IIS enc blob", "[enc:AesProvider:Zm9vMjh4:enc]", {"Zm9vMjh4"}),
        s("client_secret", "client_secret=cs29x", {"cs29x"}),
        s("credential colon", "Credential: cred30x", {"cred30x"}),
        s("api_key", "api_key=ak31x", {"ak31x"}),
        s("PHPSESSID cookie", "PHPSESSID=php32x;+lang=en", {"php32x"}),
        s("referer with userinfo", "https://carol:Ref33x@portal.example/login?next=/", {"Ref33x"}),
        s("Password:value", "Password:pw34x", {"pw34x"}),
        s("cut-off quoted", "password=\"cut35x", {"cut35x"}),
        s("appcmd attribute", "userName=\"IUSR\" password=\"app36x\"", {"app36x"}),
        s("JSESSIONID", "JSESSIONID=js37x", {"js37x"}),
    };
}

} // namespace kb::test
