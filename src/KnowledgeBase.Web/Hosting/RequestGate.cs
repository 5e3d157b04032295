using System.Text;
using KnowledgeBase.Web.Features.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Looks at every request before the site does, so that what it cannot read gets a French
/// page with the right status instead of a 500 or a blank answer: HEAD answered as GET without
/// a body; over-long URLs (414) and headers (431); posted bodies that are not forms (415, e.g.
/// JSON); forms over the limits (413) or malformed (400); forms declared in another charset
/// than UTF-8 are read in that charset, and UTF-8 forms that are not valid UTF-8 are refused.
/// The status is set with an empty body; the status-code pages render the French page.
/// </summary>
public static class RequestGate
{
    static RequestGate() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task Run(HttpContext context, Func<Task> next)
    {
        // Error pages re-executed for this request: already looked at.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next();
            return;
        }
        var request = context.Request;
        if (HttpMethods.IsHead(request.Method))
        {
            // Every page answers HEAD as GET does, without the body.
            request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > RequestLimits.MaxUrlLength)
        {
            Refuse(context, StatusCodes.Status414UriTooLong, ErrorReason.UrlTooLong);
            return;
        }
        if (HeadersLength(request) > RequestLimits.MaxHeadersLength)
        {
            Refuse(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ErrorReason.HeadersTooLarge);
            return;
        }
        // The read-only API has no forms: what it is sent is refused by its own routes (405, problem document).
        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            && !request.Path.StartsWithSegments("/api"))
        {
            if (!await ReadForm(context)) return;
        }
        await next();
    }

    private static async Task<bool> ReadForm(HttpContext context)
    {
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || !string.IsNullOrEmpty(request.ContentType);
        if (!hasBody) return true;
        if (!request.HasFormContentType)
        {
            // The site's forms are HTML forms: a JSON body (even with a valid token header)
            // would bind to an empty form and save an empty write-up.
            Refuse(context, StatusCodes.Status415UnsupportedMediaType, ErrorReason.NotAForm);
            return false;
        }
        try
        {
            if (IsUrlEncoded(request) && !await FormCharset.Normalise(context)) return false;
            // Read once here, where a failure can be answered; MVC then uses the same form.
            await request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (BadHttpRequestException e)
        {
            Refuse(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorReason.FormTooLarge : ErrorReason.Malformed);
        }
        catch (InvalidDataException e)
        {
            // Form limits (fields, key and value length, multipart length) or a malformed multipart body.
            var tooLarge = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            Refuse(context, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                tooLarge ? ErrorReason.FormTooLarge : ErrorReason.Malformed);
        }
        catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
        {
            Refuse(context, StatusCodes.Status400BadRequest, ErrorReason.Malformed);
        }
        return false;
    }

    /// <summary>Answers with <paramref name="status"/>; the French page is rendered by the status-code pages.</summary>
    public static void Refuse(HttpContext context, int status, ErrorReason reason)
    {
        context.Items[ErrorReasons.ItemKey] = reason;
        context.Response.StatusCode = status;
        // The request body may be unread: do not try to keep the connection for another request.
        if (status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status400BadRequest)
            context.Response.Headers.Connection = "close";
    }

    private static bool IsUrlEncoded(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static long HeadersLength(HttpRequest request)
    {
        long total = 0;
        foreach (var (name, values) in request.Headers)
        {
            total += name.Length + 4;
            foreach (var value in values) total += value?.Length ?? 0;
        }
        return total;
    }
}
