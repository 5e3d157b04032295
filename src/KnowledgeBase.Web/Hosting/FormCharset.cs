using System.Text;
using KnowledgeBase.Core.Content;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// URL-encoded forms are decoded as UTF-8 by the framework, whatever charset they declare (a
/// form sent as ISO-8859-1 stored "Caf%E9"), and a NUL anywhere in them makes the framework
/// throw (a 500, the text lost). This reads a form in the charset it declares, removes what
/// <see cref="TextHygiene"/> removes, and hands the framework the same fields in UTF-8; a form
/// declared (or defaulting to) UTF-8 that is not valid UTF-8 is refused rather than stored garbled.
/// </summary>
public static class FormCharset
{
    /// <summary>False when the request has been answered (unknown charset, invalid UTF-8).</summary>
    public static async Task<bool> Normalise(HttpContext context)
    {
        var request = context.Request;
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type);
        var charset = type?.Charset.HasValue == true ? type.Charset.Value!.Trim('"') : null;
        Encoding? declared = null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                declared = Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                RequestGate.Refuse(context, StatusCodes.Status415UnsupportedMediaType, Features.Errors.ErrorReason.UnknownCharset);
                return false;
            }
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: RequestLimits.MaxBodyLength);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var encoding = declared ?? utf8;
        var rewritten = new StringBuilder(body.Length);
        var changed = declared is not null;
        try
        {
            foreach (var (component, separator) in Components(body))
            {
                var text = encoding.GetString(Unescape(component));
                var cleaned = TextHygiene.Clean(text);
                changed |= !ReferenceEquals(cleaned, text);
                rewritten.Append(Uri.EscapeDataString(cleaned)).Append(separator);
            }
        }
        catch (DecoderFallbackException)
        {
            RequestGate.Refuse(context, StatusCodes.Status400BadRequest, Features.Errors.ErrorReason.InvalidText);
            return false;
        }

        if (!changed)
        {
            request.Body.Position = 0;
            return true;
        }
        var bytes = Encoding.ASCII.GetBytes(rewritten.ToString().TrimEnd('&', '='));
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        request.ContentType = "application/x-www-form-urlencoded; charset=utf-8";
        return true;
    }

    // name=value&name=value: each name and value, with the separator that followed it.
    private static IEnumerable<(byte[] Component, char Separator)> Components(Span<byte> body)
    {
        var parts = new List<(byte[], char)>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] != '&' && body[i] != '=') continue;
            var separator = i < body.Length ? (char)body[i] : '&';
            parts.Add((body[start..i].ToArray(), separator));
            start = i + 1;
        }
        return parts;
    }

    // '+' is a space, %XX a byte; anything else is taken as the byte it is.
    private static byte[] Unescape(byte[] component)
    {
        var bytes = new List<byte>(component.Length);
        for (var i = 0; i < component.Length; i++)
        {
            var b = component[i];
            if (b == '+') bytes.Add((byte)' ');
            else if (b == '%' && i + 2 < component.Length && IsHex(component[i + 1]) && IsHex(component[i + 2]))
            {
                bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(component, i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add(b);
        }
        return [.. bytes];
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
