using KnowledgeBase.Core.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KnowledgeBase.Web.Hosting;

/// <summary>A message that no further attempt can deliver.</summary>
public sealed class PermanentMailException(string message, Exception? inner = null) : Exception(message, inner);
