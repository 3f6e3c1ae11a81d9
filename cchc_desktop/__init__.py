"""CCHC Desktop: kế hoạch và chỉ số cải cách hành chính cấp xã, làm việc không cần mạng.

The core (everything outside ``cchc_desktop.gui``) never imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "CCHC Desktop"
