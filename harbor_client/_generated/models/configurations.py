from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Configurations")


@_attrs_define(repr=False)
class Configurations:
    """
    Attributes:
        auth_mode (None | str | Unset): The auth mode of current system, such as "db_auth", "ldap_auth", "oidc_auth"
        primary_auth_mode (bool | None | Unset): The flag to indicate whether the current auth mode should consider as a
            primary one.
        ldap_base_dn (None | str | Unset): The Base DN for LDAP binding.
        ldap_filter (None | str | Unset): The filter for LDAP search
        ldap_group_base_dn (None | str | Unset): The base DN to search LDAP group.
        ldap_group_admin_dn (None | str | Unset): Specify the ldap group which have the same privilege with Harbor admin
        ldap_group_attribute_name (None | str | Unset): The attribute which is used as identity of the LDAP group,
            default is cn.'
        ldap_group_search_filter (None | str | Unset): The filter to search the ldap group
        ldap_group_search_scope (int | None | Unset): The scope to search ldap group. ''0-LDAP_SCOPE_BASE,
            1-LDAP_SCOPE_ONELEVEL, 2-LDAP_SCOPE_SUBTREE''
        ldap_group_attach_parallel (bool | None | Unset): Attach LDAP user group information in parallel, the parallel
            worker count is 5
        ldap_scope (int | None | Unset): The scope to search ldap users,'0-LDAP_SCOPE_BASE, 1-LDAP_SCOPE_ONELEVEL,
            2-LDAP_SCOPE_SUBTREE'
        ldap_search_dn (None | str | Unset): The DN of the user to do the search.
        ldap_search_password (None | str | Unset): The password of the ldap search dn
        ldap_timeout (int | None | Unset): Timeout in seconds for connection to LDAP server
        ldap_uid (None | str | Unset): The attribute which is used as identity for the LDAP binding, such as "CN" or
            "SAMAccountname"
        ldap_url (None | str | Unset): The URL of LDAP server
        ldap_verify_cert (bool | None | Unset): Whether verify your OIDC server certificate, disable it if your OIDC
            server is hosted via self-hosted certificate.
        ldap_group_membership_attribute (None | str | Unset): The user attribute to identify the group membership
        project_creation_restriction (None | str | Unset): Indicate who can create projects, it could be ''adminonly''
            or ''everyone''.
        read_only (bool | None | Unset): The flag to indicate whether Harbor is in readonly mode.
        self_registration (bool | None | Unset): Whether the Harbor instance supports self-registration.  If it''s set
            to false, admin need to add user to the instance.
        token_expiration (int | None | Unset): The expiration time of the token for internal Registry, in minutes.
        uaa_client_id (None | str | Unset): The client id of UAA
        uaa_client_secret (None | str | Unset): The client secret of the UAA
        uaa_endpoint (None | str | Unset): The endpoint of the UAA
        uaa_verify_cert (bool | None | Unset): Verify the certificate in UAA server
        http_authproxy_endpoint (None | str | Unset): The endpoint of the HTTP auth
        http_authproxy_tokenreview_endpoint (None | str | Unset): The token review endpoint
        http_authproxy_admin_groups (None | str | Unset): The group which has the harbor admin privileges
        http_authproxy_admin_usernames (None | str | Unset): The username which has the harbor admin privileges
        http_authproxy_verify_cert (bool | None | Unset): Verify the HTTP auth provider's certificate
        http_authproxy_skip_search (bool | None | Unset): Search user before onboard
        http_authproxy_server_certificate (None | str | Unset): The certificate of the HTTP auth provider
        oidc_name (None | str | Unset): The OIDC provider name
        oidc_endpoint (None | str | Unset): The endpoint of the OIDC provider
        oidc_client_id (None | str | Unset): The client ID of the OIDC provider
        oidc_client_secret (None | str | Unset): The OIDC provider secret
        oidc_groups_claim (None | str | Unset): The attribute claims the group name
        oidc_admin_group (None | str | Unset): The OIDC group which has the harbor admin privileges
        oidc_group_filter (None | str | Unset): The OIDC group filter which filters out the group name doesn't match the
            regular expression
        oidc_scope (None | str | Unset): The scope of the OIDC provider
        oidc_user_claim (None | str | Unset): The attribute claims the username
        oidc_verify_cert (bool | None | Unset): Verify the OIDC provider's certificate'
        oidc_auto_onboard (bool | None | Unset): Auto onboard the OIDC user
        oidc_extra_redirect_parms (None | str | Unset): Extra parameters to add when redirect request to OIDC provider
        oidc_logout (bool | None | Unset): Logout OIDC user session
        robot_token_duration (int | None | Unset): The robot account token duration in days
        robot_name_prefix (None | str | Unset): The rebot account name prefix
        notification_enable (bool | None | Unset): Enable notification
        quota_per_project_enable (bool | None | Unset): Enable quota per project
        storage_per_project (int | None | Unset): The storage quota per project
        audit_log_forward_endpoint (None | str | Unset): The audit log forward endpoint
        skip_audit_log_database (bool | None | Unset): Skip audit log database
        session_timeout (int | None | Unset): The session timeout for harbor, in minutes.
        scanner_skip_update_pulltime (bool | None | Unset): Whether or not to skip update pull time for scanner
        banner_message (None | str | Unset): The banner message for the UI.It is the stringified result of the banner
            message object
        disabled_audit_log_event_types (None | str | Unset): the list to disable log audit event types.
    """

    __repr__ = model_repr

    auth_mode: None | str | Unset = UNSET
    primary_auth_mode: bool | None | Unset = UNSET
    ldap_base_dn: None | str | Unset = UNSET
    ldap_filter: None | str | Unset = UNSET
    ldap_group_base_dn: None | str | Unset = UNSET
    ldap_group_admin_dn: None | str | Unset = UNSET
    ldap_group_attribute_name: None | str | Unset = UNSET
    ldap_group_search_filter: None | str | Unset = UNSET
    ldap_group_search_scope: int | None | Unset = UNSET
    ldap_group_attach_parallel: bool | None | Unset = UNSET
    ldap_scope: int | None | Unset = UNSET
    ldap_search_dn: None | str | Unset = UNSET
    ldap_search_password: None | str | Unset = UNSET
    ldap_timeout: int | None | Unset = UNSET
    ldap_uid: None | str | Unset = UNSET
    ldap_url: None | str | Unset = UNSET
    ldap_verify_cert: bool | None | Unset = UNSET
    ldap_group_membership_attribute: None | str | Unset = UNSET
    project_creation_restriction: None | str | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    self_registration: bool | None | Unset = UNSET
    token_expiration: int | None | Unset = UNSET
    uaa_client_id: None | str | Unset = UNSET
    uaa_client_secret: None | str | Unset = UNSET
    uaa_endpoint: None | str | Unset = UNSET
    uaa_verify_cert: bool | None | Unset = UNSET
    http_authproxy_endpoint: None | str | Unset = UNSET
    http_authproxy_tokenreview_endpoint: None | str | Unset = UNSET
    http_authproxy_admin_groups: None | str | Unset = UNSET
    http_authproxy_admin_usernames: None | str | Unset = UNSET
    http_authproxy_verify_cert: bool | None | Unset = UNSET
    http_authproxy_skip_search: bool | None | Unset = UNSET
    http_authproxy_server_certificate: None | str | Unset = UNSET
    oidc_name: None | str | Unset = UNSET
    oidc_endpoint: None | str | Unset = UNSET
    oidc_client_id: None | str | Unset = UNSET
    oidc_client_secret: None | str | Unset = UNSET
    oidc_groups_claim: None | str | Unset = UNSET
    oidc_admin_group: None | str | Unset = UNSET
    oidc_group_filter: None | str | Unset = UNSET
    oidc_scope: None | str | Unset = UNSET
    oidc_user_claim: None | str | Unset = UNSET
    oidc_verify_cert: bool | None | Unset = UNSET
    oidc_auto_onboard: bool | None | Unset = UNSET
    oidc_extra_redirect_parms: None | str | Unset = UNSET
    oidc_logout: bool | None | Unset = UNSET
    robot_token_duration: int | None | Unset = UNSET
    robot_name_prefix: None | str | Unset = UNSET
    notification_enable: bool | None | Unset = UNSET
    quota_per_project_enable: bool | None | Unset = UNSET
    storage_per_project: int | None | Unset = UNSET
    audit_log_forward_endpoint: None | str | Unset = UNSET
    skip_audit_log_database: bool | None | Unset = UNSET
    session_timeout: int | None | Unset = UNSET
    scanner_skip_update_pulltime: bool | None | Unset = UNSET
    banner_message: None | str | Unset = UNSET
    disabled_audit_log_event_types: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_mode: None | str | Unset
        if isinstance(self.auth_mode, Unset):
            auth_mode = UNSET
        else:
            auth_mode = self.auth_mode

        primary_auth_mode: bool | None | Unset
        if isinstance(self.primary_auth_mode, Unset):
            primary_auth_mode = UNSET
        else:
            primary_auth_mode = self.primary_auth_mode

        ldap_base_dn: None | str | Unset
        if isinstance(self.ldap_base_dn, Unset):
            ldap_base_dn = UNSET
        else:
            ldap_base_dn = self.ldap_base_dn

        ldap_filter: None | str | Unset
        if isinstance(self.ldap_filter, Unset):
            ldap_filter = UNSET
        else:
            ldap_filter = self.ldap_filter

        ldap_group_base_dn: None | str | Unset
        if isinstance(self.ldap_group_base_dn, Unset):
            ldap_group_base_dn = UNSET
        else:
            ldap_group_base_dn = self.ldap_group_base_dn

        ldap_group_admin_dn: None | str | Unset
        if isinstance(self.ldap_group_admin_dn, Unset):
            ldap_group_admin_dn = UNSET
        else:
            ldap_group_admin_dn = self.ldap_group_admin_dn

        ldap_group_attribute_name: None | str | Unset
        if isinstance(self.ldap_group_attribute_name, Unset):
            ldap_group_attribute_name = UNSET
        else:
            ldap_group_attribute_name = self.ldap_group_attribute_name

        ldap_group_search_filter: None | str | Unset
        if isinstance(self.ldap_group_search_filter, Unset):
            ldap_group_search_filter = UNSET
        else:
            ldap_group_search_filter = self.ldap_group_search_filter

        ldap_group_search_scope: int | None | Unset
        if isinstance(self.ldap_group_search_scope, Unset):
            ldap_group_search_scope = UNSET
        else:
            ldap_group_search_scope = self.ldap_group_search_scope

        ldap_group_attach_parallel: bool | None | Unset
        if isinstance(self.ldap_group_attach_parallel, Unset):
            ldap_group_attach_parallel = UNSET
        else:
            ldap_group_attach_parallel = self.ldap_group_attach_parallel

        ldap_scope: int | None | Unset
        if isinstance(self.ldap_scope, Unset):
            ldap_scope = UNSET
        else:
            ldap_scope = self.ldap_scope

        ldap_search_dn: None | str | Unset
        if isinstance(self.ldap_search_dn, Unset):
            ldap_search_dn = UNSET
        else:
            ldap_search_dn = self.ldap_search_dn

        ldap_search_password: None | str | Unset
        if isinstance(self.ldap_search_password, Unset):
            ldap_search_password = UNSET
        else:
            ldap_search_password = self.ldap_search_password

        ldap_timeout: int | None | Unset
        if isinstance(self.ldap_timeout, Unset):
            ldap_timeout = UNSET
        else:
            ldap_timeout = self.ldap_timeout

        ldap_uid: None | str | Unset
        if isinstance(self.ldap_uid, Unset):
            ldap_uid = UNSET
        else:
            ldap_uid = self.ldap_uid

        ldap_url: None | str | Unset
        if isinstance(self.ldap_url, Unset):
            ldap_url = UNSET
        else:
            ldap_url = self.ldap_url

        ldap_verify_cert: bool | None | Unset
        if isinstance(self.ldap_verify_cert, Unset):
            ldap_verify_cert = UNSET
        else:
            ldap_verify_cert = self.ldap_verify_cert

        ldap_group_membership_attribute: None | str | Unset
        if isinstance(self.ldap_group_membership_attribute, Unset):
            ldap_group_membership_attribute = UNSET
        else:
            ldap_group_membership_attribute = self.ldap_group_membership_attribute

        project_creation_restriction: None | str | Unset
        if isinstance(self.project_creation_restriction, Unset):
            project_creation_restriction = UNSET
        else:
            project_creation_restriction = self.project_creation_restriction

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        self_registration: bool | None | Unset
        if isinstance(self.self_registration, Unset):
            self_registration = UNSET
        else:
            self_registration = self.self_registration

        token_expiration: int | None | Unset
        if isinstance(self.token_expiration, Unset):
            token_expiration = UNSET
        else:
            token_expiration = self.token_expiration

        uaa_client_id: None | str | Unset
        if isinstance(self.uaa_client_id, Unset):
            uaa_client_id = UNSET
        else:
            uaa_client_id = self.uaa_client_id

        uaa_client_secret: None | str | Unset
        if isinstance(self.uaa_client_secret, Unset):
            uaa_client_secret = UNSET
        else:
            uaa_client_secret = self.uaa_client_secret

        uaa_endpoint: None | str | Unset
        if isinstance(self.uaa_endpoint, Unset):
            uaa_endpoint = UNSET
        else:
            uaa_endpoint = self.uaa_endpoint

        uaa_verify_cert: bool | None | Unset
        if isinstance(self.uaa_verify_cert, Unset):
            uaa_verify_cert = UNSET
        else:
            uaa_verify_cert = self.uaa_verify_cert

        http_authproxy_endpoint: None | str | Unset
        if isinstance(self.http_authproxy_endpoint, Unset):
            http_authproxy_endpoint = UNSET
        else:
            http_authproxy_endpoint = self.http_authproxy_endpoint

        http_authproxy_tokenreview_endpoint: None | str | Unset
        if isinstance(self.http_authproxy_tokenreview_endpoint, Unset):
            http_authproxy_tokenreview_endpoint = UNSET
        else:
            http_authproxy_tokenreview_endpoint = (
                self.http_authproxy_tokenreview_endpoint
            )

        http_authproxy_admin_groups: None | str | Unset
        if isinstance(self.http_authproxy_admin_groups, Unset):
            http_authproxy_admin_groups = UNSET
        else:
            http_authproxy_admin_groups = self.http_authproxy_admin_groups

        http_authproxy_admin_usernames: None | str | Unset
        if isinstance(self.http_authproxy_admin_usernames, Unset):
            http_authproxy_admin_usernames = UNSET
        else:
            http_authproxy_admin_usernames = self.http_authproxy_admin_usernames

        http_authproxy_verify_cert: bool | None | Unset
        if isinstance(self.http_authproxy_verify_cert, Unset):
            http_authproxy_verify_cert = UNSET
        else:
            http_authproxy_verify_cert = self.http_authproxy_verify_cert

        http_authproxy_skip_search: bool | None | Unset
        if isinstance(self.http_authproxy_skip_search, Unset):
            http_authproxy_skip_search = UNSET
        else:
            http_authproxy_skip_search = self.http_authproxy_skip_search

        http_authproxy_server_certificate: None | str | Unset
        if isinstance(self.http_authproxy_server_certificate, Unset):
            http_authproxy_server_certificate = UNSET
        else:
            http_authproxy_server_certificate = self.http_authproxy_server_certificate

        oidc_name: None | str | Unset
        if isinstance(self.oidc_name, Unset):
            oidc_name = UNSET
        else:
            oidc_name = self.oidc_name

        oidc_endpoint: None | str | Unset
        if isinstance(self.oidc_endpoint, Unset):
            oidc_endpoint = UNSET
        else:
            oidc_endpoint = self.oidc_endpoint

        oidc_client_id: None | str | Unset
        if isinstance(self.oidc_client_id, Unset):
            oidc_client_id = UNSET
        else:
            oidc_client_id = self.oidc_client_id

        oidc_client_secret: None | str | Unset
        if isinstance(self.oidc_client_secret, Unset):
            oidc_client_secret = UNSET
        else:
            oidc_client_secret = self.oidc_client_secret

        oidc_groups_claim: None | str | Unset
        if isinstance(self.oidc_groups_claim, Unset):
            oidc_groups_claim = UNSET
        else:
            oidc_groups_claim = self.oidc_groups_claim

        oidc_admin_group: None | str | Unset
        if isinstance(self.oidc_admin_group, Unset):
            oidc_admin_group = UNSET
        else:
            oidc_admin_group = self.oidc_admin_group

        oidc_group_filter: None | str | Unset
        if isinstance(self.oidc_group_filter, Unset):
            oidc_group_filter = UNSET
        else:
            oidc_group_filter = self.oidc_group_filter

        oidc_scope: None | str | Unset
        if isinstance(self.oidc_scope, Unset):
            oidc_scope = UNSET
        else:
            oidc_scope = self.oidc_scope

        oidc_user_claim: None | str | Unset
        if isinstance(self.oidc_user_claim, Unset):
            oidc_user_claim = UNSET
        else:
            oidc_user_claim = self.oidc_user_claim

        oidc_verify_cert: bool | None | Unset
        if isinstance(self.oidc_verify_cert, Unset):
            oidc_verify_cert = UNSET
        else:
            oidc_verify_cert = self.oidc_verify_cert

        oidc_auto_onboard: bool | None | Unset
        if isinstance(self.oidc_auto_onboard, Unset):
            oidc_auto_onboard = UNSET
        else:
            oidc_auto_onboard = self.oidc_auto_onboard

        oidc_extra_redirect_parms: None | str | Unset
        if isinstance(self.oidc_extra_redirect_parms, Unset):
            oidc_extra_redirect_parms = UNSET
        else:
            oidc_extra_redirect_parms = self.oidc_extra_redirect_parms

        oidc_logout: bool | None | Unset
        if isinstance(self.oidc_logout, Unset):
            oidc_logout = UNSET
        else:
            oidc_logout = self.oidc_logout

        robot_token_duration: int | None | Unset
        if isinstance(self.robot_token_duration, Unset):
            robot_token_duration = UNSET
        else:
            robot_token_duration = self.robot_token_duration

        robot_name_prefix: None | str | Unset
        if isinstance(self.robot_name_prefix, Unset):
            robot_name_prefix = UNSET
        else:
            robot_name_prefix = self.robot_name_prefix

        notification_enable: bool | None | Unset
        if isinstance(self.notification_enable, Unset):
            notification_enable = UNSET
        else:
            notification_enable = self.notification_enable

        quota_per_project_enable: bool | None | Unset
        if isinstance(self.quota_per_project_enable, Unset):
            quota_per_project_enable = UNSET
        else:
            quota_per_project_enable = self.quota_per_project_enable

        storage_per_project: int | None | Unset
        if isinstance(self.storage_per_project, Unset):
            storage_per_project = UNSET
        else:
            storage_per_project = self.storage_per_project

        audit_log_forward_endpoint: None | str | Unset
        if isinstance(self.audit_log_forward_endpoint, Unset):
            audit_log_forward_endpoint = UNSET
        else:
            audit_log_forward_endpoint = self.audit_log_forward_endpoint

        skip_audit_log_database: bool | None | Unset
        if isinstance(self.skip_audit_log_database, Unset):
            skip_audit_log_database = UNSET
        else:
            skip_audit_log_database = self.skip_audit_log_database

        session_timeout: int | None | Unset
        if isinstance(self.session_timeout, Unset):
            session_timeout = UNSET
        else:
            session_timeout = self.session_timeout

        scanner_skip_update_pulltime: bool | None | Unset
        if isinstance(self.scanner_skip_update_pulltime, Unset):
            scanner_skip_update_pulltime = UNSET
        else:
            scanner_skip_update_pulltime = self.scanner_skip_update_pulltime

        banner_message: None | str | Unset
        if isinstance(self.banner_message, Unset):
            banner_message = UNSET
        else:
            banner_message = self.banner_message

        disabled_audit_log_event_types: None | str | Unset
        if isinstance(self.disabled_audit_log_event_types, Unset):
            disabled_audit_log_event_types = UNSET
        else:
            disabled_audit_log_event_types = self.disabled_audit_log_event_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if primary_auth_mode is not UNSET:
            field_dict["primary_auth_mode"] = primary_auth_mode
        if ldap_base_dn is not UNSET:
            field_dict["ldap_base_dn"] = ldap_base_dn
        if ldap_filter is not UNSET:
            field_dict["ldap_filter"] = ldap_filter
        if ldap_group_base_dn is not UNSET:
            field_dict["ldap_group_base_dn"] = ldap_group_base_dn
        if ldap_group_admin_dn is not UNSET:
            field_dict["ldap_group_admin_dn"] = ldap_group_admin_dn
        if ldap_group_attribute_name is not UNSET:
            field_dict["ldap_group_attribute_name"] = ldap_group_attribute_name
        if ldap_group_search_filter is not UNSET:
            field_dict["ldap_group_search_filter"] = ldap_group_search_filter
        if ldap_group_search_scope is not UNSET:
            field_dict["ldap_group_search_scope"] = ldap_group_search_scope
        if ldap_group_attach_parallel is not UNSET:
            field_dict["ldap_group_attach_parallel"] = ldap_group_attach_parallel
        if ldap_scope is not UNSET:
            field_dict["ldap_scope"] = ldap_scope
        if ldap_search_dn is not UNSET:
            field_dict["ldap_search_dn"] = ldap_search_dn
        if ldap_search_password is not UNSET:
            field_dict["ldap_search_password"] = ldap_search_password
        if ldap_timeout is not UNSET:
            field_dict["ldap_timeout"] = ldap_timeout
        if ldap_uid is not UNSET:
            field_dict["ldap_uid"] = ldap_uid
        if ldap_url is not UNSET:
            field_dict["ldap_url"] = ldap_url
        if ldap_verify_cert is not UNSET:
            field_dict["ldap_verify_cert"] = ldap_verify_cert
        if ldap_group_membership_attribute is not UNSET:
            field_dict["ldap_group_membership_attribute"] = (
                ldap_group_membership_attribute
            )
        if project_creation_restriction is not UNSET:
            field_dict["project_creation_restriction"] = project_creation_restriction
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if self_registration is not UNSET:
            field_dict["self_registration"] = self_registration
        if token_expiration is not UNSET:
            field_dict["token_expiration"] = token_expiration
        if uaa_client_id is not UNSET:
            field_dict["uaa_client_id"] = uaa_client_id
        if uaa_client_secret is not UNSET:
            field_dict["uaa_client_secret"] = uaa_client_secret
        if uaa_endpoint is not UNSET:
            field_dict["uaa_endpoint"] = uaa_endpoint
        if uaa_verify_cert is not UNSET:
            field_dict["uaa_verify_cert"] = uaa_verify_cert
        if http_authproxy_endpoint is not UNSET:
            field_dict["http_authproxy_endpoint"] = http_authproxy_endpoint
        if http_authproxy_tokenreview_endpoint is not UNSET:
            field_dict["http_authproxy_tokenreview_endpoint"] = (
                http_authproxy_tokenreview_endpoint
            )
        if http_authproxy_admin_groups is not UNSET:
            field_dict["http_authproxy_admin_groups"] = http_authproxy_admin_groups
        if http_authproxy_admin_usernames is not UNSET:
            field_dict["http_authproxy_admin_usernames"] = (
                http_authproxy_admin_usernames
            )
        if http_authproxy_verify_cert is not UNSET:
            field_dict["http_authproxy_verify_cert"] = http_authproxy_verify_cert
        if http_authproxy_skip_search is not UNSET:
            field_dict["http_authproxy_skip_search"] = http_authproxy_skip_search
        if http_authproxy_server_certificate is not UNSET:
            field_dict["http_authproxy_server_certificate"] = (
                http_authproxy_server_certificate
            )
        if oidc_name is not UNSET:
            field_dict["oidc_name"] = oidc_name
        if oidc_endpoint is not UNSET:
            field_dict["oidc_endpoint"] = oidc_endpoint
        if oidc_client_id is not UNSET:
            field_dict["oidc_client_id"] = oidc_client_id
        if oidc_client_secret is not UNSET:
            field_dict["oidc_client_secret"] = oidc_client_secret
        if oidc_groups_claim is not UNSET:
            field_dict["oidc_groups_claim"] = oidc_groups_claim
        if oidc_admin_group is not UNSET:
            field_dict["oidc_admin_group"] = oidc_admin_group
        if oidc_group_filter is not UNSET:
            field_dict["oidc_group_filter"] = oidc_group_filter
        if oidc_scope is not UNSET:
            field_dict["oidc_scope"] = oidc_scope
        if oidc_user_claim is not UNSET:
            field_dict["oidc_user_claim"] = oidc_user_claim
        if oidc_verify_cert is not UNSET:
            field_dict["oidc_verify_cert"] = oidc_verify_cert
        if oidc_auto_onboard is not UNSET:
            field_dict["oidc_auto_onboard"] = oidc_auto_onboard
        if oidc_extra_redirect_parms is not UNSET:
            field_dict["oidc_extra_redirect_parms"] = oidc_extra_redirect_parms
        if oidc_logout is not UNSET:
            field_dict["oidc_logout"] = oidc_logout
        if robot_token_duration is not UNSET:
            field_dict["robot_token_duration"] = robot_token_duration
        if robot_name_prefix is not UNSET:
            field_dict["robot_name_prefix"] = robot_name_prefix
        if notification_enable is not UNSET:
            field_dict["notification_enable"] = notification_enable
        if quota_per_project_enable is not UNSET:
            field_dict["quota_per_project_enable"] = quota_per_project_enable
        if storage_per_project is not UNSET:
            field_dict["storage_per_project"] = storage_per_project
        if audit_log_forward_endpoint is not UNSET:
            field_dict["audit_log_forward_endpoint"] = audit_log_forward_endpoint
        if skip_audit_log_database is not UNSET:
            field_dict["skip_audit_log_database"] = skip_audit_log_database
        if session_timeout is not UNSET:
            field_dict["session_timeout"] = session_timeout
        if scanner_skip_update_pulltime is not UNSET:
            field_dict["scanner_skip_update_pulltime"] = scanner_skip_update_pulltime
        if banner_message is not UNSET:
            field_dict["banner_message"] = banner_message
        if disabled_audit_log_event_types is not UNSET:
            field_dict["disabled_audit_log_event_types"] = (
                disabled_audit_log_event_types
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auth_mode = d.pop("auth_mode", UNSET)

        primary_auth_mode = d.pop("primary_auth_mode", UNSET)

        ldap_base_dn = d.pop("ldap_base_dn", UNSET)

        ldap_filter = d.pop("ldap_filter", UNSET)

        ldap_group_base_dn = d.pop("ldap_group_base_dn", UNSET)

        ldap_group_admin_dn = d.pop("ldap_group_admin_dn", UNSET)

        ldap_group_attribute_name = d.pop("ldap_group_attribute_name", UNSET)

        ldap_group_search_filter = d.pop("ldap_group_search_filter", UNSET)

        ldap_group_search_scope = d.pop("ldap_group_search_scope", UNSET)

        ldap_group_attach_parallel = d.pop("ldap_group_attach_parallel", UNSET)

        ldap_scope = d.pop("ldap_scope", UNSET)

        ldap_search_dn = d.pop("ldap_search_dn", UNSET)

        ldap_search_password = d.pop("ldap_search_password", UNSET)

        ldap_timeout = d.pop("ldap_timeout", UNSET)

        ldap_uid = d.pop("ldap_uid", UNSET)

        ldap_url = d.pop("ldap_url", UNSET)

        ldap_verify_cert = d.pop("ldap_verify_cert", UNSET)

        ldap_group_membership_attribute = d.pop(
            "ldap_group_membership_attribute", UNSET
        )

        project_creation_restriction = d.pop("project_creation_restriction", UNSET)

        read_only = d.pop("read_only", UNSET)

        self_registration = d.pop("self_registration", UNSET)

        token_expiration = d.pop("token_expiration", UNSET)

        uaa_client_id = d.pop("uaa_client_id", UNSET)

        uaa_client_secret = d.pop("uaa_client_secret", UNSET)

        uaa_endpoint = d.pop("uaa_endpoint", UNSET)

        uaa_verify_cert = d.pop("uaa_verify_cert", UNSET)

        http_authproxy_endpoint = d.pop("http_authproxy_endpoint", UNSET)

        http_authproxy_tokenreview_endpoint = d.pop(
            "http_authproxy_tokenreview_endpoint", UNSET
        )

        http_authproxy_admin_groups = d.pop("http_authproxy_admin_groups", UNSET)

        http_authproxy_admin_usernames = d.pop("http_authproxy_admin_usernames", UNSET)

        http_authproxy_verify_cert = d.pop("http_authproxy_verify_cert", UNSET)

        http_authproxy_skip_search = d.pop("http_authproxy_skip_search", UNSET)

        http_authproxy_server_certificate = d.pop(
            "http_authproxy_server_certificate", UNSET
        )

        oidc_name = d.pop("oidc_name", UNSET)

        oidc_endpoint = d.pop("oidc_endpoint", UNSET)

        oidc_client_id = d.pop("oidc_client_id", UNSET)

        oidc_client_secret = d.pop("oidc_client_secret", UNSET)

        oidc_groups_claim = d.pop("oidc_groups_claim", UNSET)

        oidc_admin_group = d.pop("oidc_admin_group", UNSET)

        oidc_group_filter = d.pop("oidc_group_filter", UNSET)

        oidc_scope = d.pop("oidc_scope", UNSET)

        oidc_user_claim = d.pop("oidc_user_claim", UNSET)

        oidc_verify_cert = d.pop("oidc_verify_cert", UNSET)

        oidc_auto_onboard = d.pop("oidc_auto_onboard", UNSET)

        oidc_extra_redirect_parms = d.pop("oidc_extra_redirect_parms", UNSET)

        oidc_logout = d.pop("oidc_logout", UNSET)

        robot_token_duration = d.pop("robot_token_duration", UNSET)

        robot_name_prefix = d.pop("robot_name_prefix", UNSET)

        notification_enable = d.pop("notification_enable", UNSET)

        quota_per_project_enable = d.pop("quota_per_project_enable", UNSET)

        storage_per_project = d.pop("storage_per_project", UNSET)

        audit_log_forward_endpoint = d.pop("audit_log_forward_endpoint", UNSET)

        skip_audit_log_database = d.pop("skip_audit_log_database", UNSET)

        session_timeout = d.pop("session_timeout", UNSET)

        scanner_skip_update_pulltime = d.pop("scanner_skip_update_pulltime", UNSET)

        banner_message = d.pop("banner_message", UNSET)

        disabled_audit_log_event_types = d.pop("disabled_audit_log_event_types", UNSET)

        configurations = cls.__new__(cls)
        configurations.auth_mode = auth_mode
        configurations.primary_auth_mode = primary_auth_mode
        configurations.ldap_base_dn = ldap_base_dn
        configurations.ldap_filter = ldap_filter
        configurations.ldap_group_base_dn = ldap_group_base_dn
        configurations.ldap_group_admin_dn = ldap_group_admin_dn
        configurations.ldap_group_attribute_name = ldap_group_attribute_name
        configurations.ldap_group_search_filter = ldap_group_search_filter
        configurations.ldap_group_search_scope = ldap_group_search_scope
        configurations.ldap_group_attach_parallel = ldap_group_attach_parallel
        configurations.ldap_scope = ldap_scope
        configurations.ldap_search_dn = ldap_search_dn
        configurations.ldap_search_password = ldap_search_password
        configurations.ldap_timeout = ldap_timeout
        configurations.ldap_uid = ldap_uid
        configurations.ldap_url = ldap_url
        configurations.ldap_verify_cert = ldap_verify_cert
        configurations.ldap_group_membership_attribute = ldap_group_membership_attribute
        configurations.project_creation_restriction = project_creation_restriction
        configurations.read_only = read_only
        configurations.self_registration = self_registration
        configurations.token_expiration = token_expiration
        configurations.uaa_client_id = uaa_client_id
        configurations.uaa_client_secret = uaa_client_secret
        configurations.uaa_endpoint = uaa_endpoint
        configurations.uaa_verify_cert = uaa_verify_cert
        configurations.http_authproxy_endpoint = http_authproxy_endpoint
        configurations.http_authproxy_tokenreview_endpoint = (
            http_authproxy_tokenreview_endpoint
        )
        configurations.http_authproxy_admin_groups = http_authproxy_admin_groups
        configurations.http_authproxy_admin_usernames = http_authproxy_admin_usernames
        configurations.http_authproxy_verify_cert = http_authproxy_verify_cert
        configurations.http_authproxy_skip_search = http_authproxy_skip_search
        configurations.http_authproxy_server_certificate = (
            http_authproxy_server_certificate
        )
        configurations.oidc_name = oidc_name
        configurations.oidc_endpoint = oidc_endpoint
        configurations.oidc_client_id = oidc_client_id
        configurations.oidc_client_secret = oidc_client_secret
        configurations.oidc_groups_claim = oidc_groups_claim
        configurations.oidc_admin_group = oidc_admin_group
        configurations.oidc_group_filter = oidc_group_filter
        configurations.oidc_scope = oidc_scope
        configurations.oidc_user_claim = oidc_user_claim
        configurations.oidc_verify_cert = oidc_verify_cert
        configurations.oidc_auto_onboard = oidc_auto_onboard
        configurations.oidc_extra_redirect_parms = oidc_extra_redirect_parms
        configurations.oidc_logout = oidc_logout
        configurations.robot_token_duration = robot_token_duration
        configurations.robot_name_prefix = robot_name_prefix
        configurations.notification_enable = notification_enable
        configurations.quota_per_project_enable = quota_per_project_enable
        configurations.storage_per_project = storage_per_project
        configurations.audit_log_forward_endpoint = audit_log_forward_endpoint
        configurations.skip_audit_log_database = skip_audit_log_database
        configurations.session_timeout = session_timeout
        configurations.scanner_skip_update_pulltime = scanner_skip_update_pulltime
        configurations.banner_message = banner_message
        configurations.disabled_audit_log_event_types = disabled_audit_log_event_types

        configurations.additional_properties = d
        return configurations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
