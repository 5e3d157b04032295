using KnowledgeBase.Core.Data;
using KnowledgeBase.Web.Features.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Web.Hosting;

public static class IdentityRegistration
{
    /// <summary>
    /// Accounts: ASP.NET Core Identity on our EF stores with French messages, the session
    /// cookie, the data-protection keys that sign it, email and the account rate limits.
    /// Identity defaults are overridable in the "Identity" section (e.g.
    /// Identity:Lockout:MaxFailedAccessAttempts, Identity:Lockout:DefaultLockoutTimeSpan).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<Member, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the email address, checked as such: any character it may hold.
                o.User.AllowedUserNameCharacters = "";
                o.SignIn.RequireConfirmedEmail = true;
                // Length over composition rules (ANSSI, NIST SP 800-63B).
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                // Failures from everywhere; one client is stopped much earlier (SignIn:ClientAttempts),
                // so that a stranger guessing from one place cannot lock the member out.
                o.Lockout.MaxFailedAccessAttempts = 20;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<KnowledgeBaseDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();
        services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));
        services.Configure<SignInThrottleOptions>(builder.Configuration.GetSection("SignIn"));

        // Sessions are known to the server: signing out ends them for good, and a password or
        // role change ends the member's other sessions at once (MemberSessions).
        services.AddSingleton<ServerSessions>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<ServerSessions>((o, sessions) =>
        {
            o.Events.OnSigningIn = sessions.SigningIn;
            o.Events.OnValidatePrincipal = sessions.ValidatePrincipal;
            o.Events.OnCheckSlidingExpiration = sessions.CheckSlidingExpiration;
            o.Events.OnSigningOut = sessions.SigningOut;
        });
        var httpsOnly = builder.Configuration["Email:SiteUrl"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
        var cookiePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/compte/acces-refuse";
            o.ReturnUrlParameter = "returnUrl";
            o.Cookie.Name = ".KnowledgeBase.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS (behind a proxy: see ForwardedHeaders), and
            // always when the public address is https.
            o.Cookie.SecurePolicy = cookiePolicy;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            // A signed-in person refused by role gets a 403 on the address they asked for (the
            // French error page), not a redirect that hides the refusal.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // A form posted after the session ended is kept, and given back after signing in.
            o.Events.OnRedirectToLogin = async context =>
            {
                var id = await context.HttpContext.RequestServices.GetRequiredService<KeptForms>().KeepAsync(context.HttpContext);
                context.Response.Redirect(id is null
                    ? context.RedirectUri
                    : new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } login
                        ? login.GetLeftPart(UriPartial.Path) + QueryString.Create(o.ReturnUrlParameter, KeptForms.PageOf(id))
                        : o.LoginPath + QueryString.Create(o.ReturnUrlParameter, KeptForms.PageOf(id)));
            };
        });
        // Sessions of changed accounts are deleted at once (MemberSessions); the stamp check is
        // a second line for changes made outside the site (the command line, the database).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = ServerSessions.KeepSession;
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = cookiePolicy);
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = cookiePolicy;
            o.Cookie.IsEssential = true;
        });

        // Session cookies, antiforgery tokens and emailed links are protected with these keys.
        // Every web node must read the same keys under the same application name, or a member
        // signed in on one node is a stranger on the next: they live in the shared database
        // (DataProtectionKeys table). DataProtection:KeysPath keeps them in a folder instead
        // (relative to the data folder), for a deployment that prefers to share that.
        var dataProtection = services.AddDataProtection().SetApplicationName("KnowledgeBase");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
            services.AddOptions<KeyManagementOptions>().Configure<AppPaths, ILoggerFactory>((o, paths, logs) =>
                o.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.GetFullPath(Path.Combine(paths.DataFolder, keysPath))), logs));
        else
            dataProtection.PersistKeysToDbContext<KnowledgeBaseDbContext>();

        // Form error messages written in French in the view models are keys of SharedResource.
        services.AddControllersWithViews().AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddHttpContextAccessor();
        services.AddScoped<KeptForms>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<MemberSignIn>();
        // Core's account services that send mail and forget sign-in failures: registered here,
        // beside what the web gives them for that (AddKnowledgeBaseCore registers the others).
        services.AddScoped<IAccountMail>(s => s.GetRequiredService<AccountEmails>());
        services.AddScoped<ISignInFailures>(s => s.GetRequiredService<MemberSignIn>());
        services.AddScoped<Registration>();
        services.AddScoped<Passwords>();

        builder.AddKnowledgeBaseEmail();
        builder.AddKnowledgeBaseRateLimits();
        builder.AddKnowledgeBaseForwardedHeaders();
        return builder;
    }
}
