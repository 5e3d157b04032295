using System.Globalization;
using KnowledgeBase.Core;
using Microsoft.AspNetCore.Localization;

namespace KnowledgeBase.Web.Hosting;

public static class KnowledgeBaseRegistration
{
    public static readonly CultureInfo[] Cultures = [new("fr-FR"), new("en")];

    /// <summary>Everything the site needs: database, domain services, MVC, localization, health.</summary>
    public static IHostApplicationBuilder AddKnowledgeBase(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<KnowledgeBaseOptions>(builder.Configuration.GetSection("KnowledgeBase"));
        services.AddSingleton<AppPaths>();
        builder.AddKnowledgeBaseDatabase();
        // Core's services, as Core's tests compose them; the sections below add the site's own.
        services.AddKnowledgeBaseCore();
        builder.AddKnowledgeBaseSearch();
        builder.AddKnowledgeBaseReviews();
        builder.AddKnowledgeBaseOpenData();
        builder.AddKnowledgeBaseCuration();

        // Accented French stays readable in the HTML instead of becoming numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("fr-FR");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The language is chosen with the switcher and kept in its cookie, nothing else.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<Features.Account.KeptFormsFilter>();
            })
            // Validation happens on the server, in French; the site ships no script for data-val-* attributes.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddRazorOptions(o =>
            {
                // Views live in their feature's folder: Features/<Feature>/<View>.cshtml.
                o.ViewLocationFormats.Clear();
                foreach (var format in FeatureViewLocations.Formats) o.ViewLocationFormats.Add(format);
                o.ViewLocationExpanders.Add(new FeatureViewLocations());
            });
        builder.AddKnowledgeBaseOperations();
        builder.AddKnowledgeBasePageCache();
        services.AddKnowledgeBaseForms();
        services.AddKnowledgeBaseRequestLimits();
        builder.AddKnowledgeBaseAccounts();
        // Defence in depth: the background loops catch everything themselves; should one still
        // fail, it must not take the site (and its requests) down with it.
        services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        return builder;
    }
}
