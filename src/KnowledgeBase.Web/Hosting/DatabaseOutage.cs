using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// While the database cannot be reached (server restarting, network cut, failover), pages
/// that need it answer the French "temporarily unavailable" page with 503 and Retry-After,
/// instead of the 500 "unexpected problem" page: it is not a bug, and load balancers and
/// crawlers know to come back. Nothing is half-written: each change is one transaction.
/// </summary>
public sealed class DatabaseOutage(ILogger<DatabaseOutage> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseUnreachable(exception) || http.Response.HasStarted) return false;
        logger.LogWarning("Base de données injoignable pendant {Method} {Path} : {Error}", http.Request.Method, http.Request.Path, Innermost(exception).Message);
        http.Response.Clear();
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        http.Items[Key] = true;
        var page = new ViewResult { ViewName = "Errors/Unavailable", StatusCode = StatusCodes.Status503ServiceUnavailable };
        await page.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
        return true;
    }

    /// <summary>Set on a request answered with the outage page: the layout then asks nothing more of the database.</summary>
    public const string Key = "KnowledgeBase.DatabaseOutage";

    public static bool During(HttpContext http) => http.Items.ContainsKey(Key);

    /// <summary>The exception, or one it wraps, says the database server cannot be reached or does not answer in time.</summary>
    public static bool IsDatabaseUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException npgsql when npgsql.IsTransient:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }: // shutting down, crashed, starting, too many connections
                case SqlException sql when sql.IsTransient || sql.Number is -2 or 53 or 233 or 10054 or 10060:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // busy, locked
                case SocketException:
                case TimeoutException:
                case RetryLimitExceededException:
                    return true;
                case DbException:
                    return false;
            }
        }
        return false;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is { } inner) e = inner;
        return e;
    }
}
