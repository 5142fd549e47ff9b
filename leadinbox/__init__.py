"""LeadInbox: a desktop inbox for Microsoft commercial-marketplace leads."""

__version__ = "0.1.0"
APP_NAME = "LeadInbox"
APP_ID = "io.github.leadinbox.LeadInbox"  # reverse-DNS id: .desktop, AppStream, icon and Wayland app id
