from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ConfigurationsResponse")


@_attrs_define(repr=False)
class ConfigurationsResponse:
    """
    Attributes:
        auth_mode (StringConfigItem | Unset):
        primary_auth_mode (BoolConfigItem | Unset):
        ldap_base_dn (StringConfigItem | Unset):
        ldap_filter (StringConfigItem | Unset):
        ldap_group_base_dn (StringConfigItem | Unset):
        ldap_group_admin_dn (StringConfigItem | Unset):
        ldap_group_attribute_name (StringConfigItem | Unset):
        ldap_group_search_filter (StringConfigItem | Unset):
        ldap_group_search_scope (IntegerConfigItem | Unset):
        ldap_group_attach_parallel (BoolConfigItem | Unset):
        ldap_scope (IntegerConfigItem | Unset):
        ldap_search_dn (StringConfigItem | Unset):
        ldap_timeout (IntegerConfigItem | Unset):
        ldap_uid (StringConfigItem | Unset):
        ldap_url (StringConfigItem | Unset):
        ldap_verify_cert (BoolConfigItem | Unset):
        ldap_group_membership_attribute (StringConfigItem | Unset):
        project_creation_restriction (StringConfigItem | Unset):
        read_only (BoolConfigItem | Unset):
        self_registration (BoolConfigItem | Unset):
        token_expiration (IntegerConfigItem | Unset):
        uaa_client_id (StringConfigItem | Unset):
        uaa_client_secret (StringConfigItem | Unset):
        uaa_endpoint (StringConfigItem | Unset):
        uaa_verify_cert (BoolConfigItem | Unset):
        http_authproxy_endpoint (StringConfigItem | Unset):
        http_authproxy_tokenreview_endpoint (StringConfigItem | Unset):
        http_authproxy_admin_groups (StringConfigItem | Unset):
        http_authproxy_admin_usernames (StringConfigItem | Unset):
        http_authproxy_verify_cert (BoolConfigItem | Unset):
        http_authproxy_skip_search (BoolConfigItem | Unset):
        http_authproxy_server_certificate (StringConfigItem | Unset):
        oidc_name (StringConfigItem | Unset):
        oidc_endpoint (StringConfigItem | Unset):
        oidc_client_id (StringConfigItem | Unset):
        oidc_groups_claim (StringConfigItem | Unset):
        oidc_admin_group (StringConfigItem | Unset):
        oidc_group_filter (StringConfigItem | Unset):
        oidc_scope (StringConfigItem | Unset):
        oidc_user_claim (StringConfigItem | Unset):
        oidc_verify_cert (BoolConfigItem | Unset):
        oidc_auto_onboard (BoolConfigItem | Unset):
        oidc_extra_redirect_parms (StringConfigItem | Unset):
        oidc_logout (BoolConfigItem | Unset):
        robot_token_duration (IntegerConfigItem | Unset):
        robot_name_prefix (StringConfigItem | Unset):
        notification_enable (BoolConfigItem | Unset):
        quota_per_project_enable (BoolConfigItem | Unset):
        storage_per_project (IntegerConfigItem | Unset):
        audit_log_forward_endpoint (StringConfigItem | Unset):
        skip_audit_log_database (BoolConfigItem | Unset):
        scanner_skip_update_pulltime (BoolConfigItem | Unset):
        scan_all_policy (ConfigurationsResponseScanAllPolicy | Unset):
        session_timeout (IntegerConfigItem | Unset):
        banner_message (StringConfigItem | Unset):
        disabled_audit_log_event_types (StringConfigItem | Unset):
    """

    __repr__ = model_repr

    auth_mode: StringConfigItem | Unset | None = UNSET
    primary_auth_mode: BoolConfigItem | Unset | None = UNSET
    ldap_base_dn: StringConfigItem | Unset | None = UNSET
    ldap_filter: StringConfigItem | Unset | None = UNSET
    ldap_group_base_dn: StringConfigItem | Unset | None = UNSET
    ldap_group_admin_dn: StringConfigItem | Unset | None = UNSET
    ldap_group_attribute_name: StringConfigItem | Unset | None = UNSET
    ldap_group_search_filter: StringConfigItem | Unset | None = UNSET
    ldap_group_search_scope: IntegerConfigItem | Unset | None = UNSET
    ldap_group_attach_parallel: BoolConfigItem | Unset | None = UNSET
    ldap_scope: IntegerConfigItem | Unset | None = UNSET
    ldap_search_dn: StringConfigItem | Unset | None = UNSET
    ldap_timeout: IntegerConfigItem | Unset | None = UNSET
    ldap_uid: StringConfigItem | Unset | None = UNSET
    ldap_url: StringConfigItem | Unset | None = UNSET
    ldap_verify_cert: BoolConfigItem | Unset | None = UNSET
    ldap_group_membership_attribute: StringConfigItem | Unset | None = UNSET
    project_creation_restriction: StringConfigItem | Unset | None = UNSET
    read_only: BoolConfigItem | Unset | None = UNSET
    self_registration: BoolConfigItem | Unset | None = UNSET
    token_expiration: IntegerConfigItem | Unset | None = UNSET
    uaa_client_id: StringConfigItem | Unset | None = UNSET
    uaa_client_secret: StringConfigItem | Unset | None = UNSET
    uaa_endpoint: StringConfigItem | Unset | None = UNSET
    uaa_verify_cert: BoolConfigItem | Unset | None = UNSET
    http_authproxy_endpoint: StringConfigItem | Unset | None = UNSET
    http_authproxy_tokenreview_endpoint: StringConfigItem | Unset | None = UNSET
    http_authproxy_admin_groups: StringConfigItem | Unset | None = UNSET
    http_authproxy_admin_usernames: StringConfigItem | Unset | None = UNSET
    http_authproxy_verify_cert: BoolConfigItem | Unset | None = UNSET
    http_authproxy_skip_search: BoolConfigItem | Unset | None = UNSET
    http_authproxy_server_certificate: StringConfigItem | Unset | None = UNSET
    oidc_name: StringConfigItem | Unset | None = UNSET
    oidc_endpoint: StringConfigItem | Unset | None = UNSET
    oidc_client_id: StringConfigItem | Unset | None = UNSET
    oidc_groups_claim: StringConfigItem | Unset | None = UNSET
    oidc_admin_group: StringConfigItem | Unset | None = UNSET
    oidc_group_filter: StringConfigItem | Unset | None = UNSET
    oidc_scope: StringConfigItem | Unset | None = UNSET
    oidc_user_claim: StringConfigItem | Unset | None = UNSET
    oidc_verify_cert: BoolConfigItem | Unset | None = UNSET
    oidc_auto_onboard: BoolConfigItem | Unset | None = UNSET
    oidc_extra_redirect_parms: StringConfigItem | Unset | None = UNSET
    oidc_logout: BoolConfigItem | Unset | None = UNSET
    robot_token_duration: IntegerConfigItem | Unset | None = UNSET
    robot_name_prefix: StringConfigItem | Unset | None = UNSET
    notification_enable: BoolConfigItem | Unset | None = UNSET
    quota_per_project_enable: BoolConfigItem | Unset | None = UNSET
    storage_per_project: IntegerConfigItem | Unset | None = UNSET
    audit_log_forward_endpoint: StringConfigItem | Unset | None = UNSET
    skip_audit_log_database: BoolConfigItem | Unset | None = UNSET
    scanner_skip_update_pulltime: BoolConfigItem | Unset | None = UNSET
    scan_all_policy: ConfigurationsResponseScanAllPolicy | Unset | None = UNSET
    session_timeout: IntegerConfigItem | Unset | None = UNSET
    banner_message: StringConfigItem | Unset | None = UNSET
    disabled_audit_log_event_types: StringConfigItem | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_mode, Unset):
            auth_mode = self.auth_mode.to_dict() if self.auth_mode is not None else None

        primary_auth_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_auth_mode, Unset):
            primary_auth_mode = (
                self.primary_auth_mode.to_dict()
                if self.primary_auth_mode is not None
                else None
            )

        ldap_base_dn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_base_dn, Unset):
            ldap_base_dn = (
                self.ldap_base_dn.to_dict() if self.ldap_base_dn is not None else None
            )

        ldap_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_filter, Unset):
            ldap_filter = (
                self.ldap_filter.to_dict() if self.ldap_filter is not None else None
            )

        ldap_group_base_dn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_base_dn, Unset):
            ldap_group_base_dn = (
                self.ldap_group_base_dn.to_dict()
                if self.ldap_group_base_dn is not None
                else None
            )

        ldap_group_admin_dn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_admin_dn, Unset):
            ldap_group_admin_dn = (
                self.ldap_group_admin_dn.to_dict()
                if self.ldap_group_admin_dn is not None
                else None
            )

        ldap_group_attribute_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_attribute_name, Unset):
            ldap_group_attribute_name = (
                self.ldap_group_attribute_name.to_dict()
                if self.ldap_group_attribute_name is not None
                else None
            )

        ldap_group_search_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_search_filter, Unset):
            ldap_group_search_filter = (
                self.ldap_group_search_filter.to_dict()
                if self.ldap_group_search_filter is not None
                else None
            )

        ldap_group_search_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_search_scope, Unset):
            ldap_group_search_scope = (
                self.ldap_group_search_scope.to_dict()
                if self.ldap_group_search_scope is not None
                else None
            )

        ldap_group_attach_parallel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_attach_parallel, Unset):
            ldap_group_attach_parallel = (
                self.ldap_group_attach_parallel.to_dict()
                if self.ldap_group_attach_parallel is not None
                else None
            )

        ldap_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_scope, Unset):
            ldap_scope = (
                self.ldap_scope.to_dict() if self.ldap_scope is not None else None
            )

        ldap_search_dn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_search_dn, Unset):
            ldap_search_dn = (
                self.ldap_search_dn.to_dict()
                if self.ldap_search_dn is not None
                else None
            )

        ldap_timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_timeout, Unset):
            ldap_timeout = (
                self.ldap_timeout.to_dict() if self.ldap_timeout is not None else None
            )

        ldap_uid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_uid, Unset):
            ldap_uid = self.ldap_uid.to_dict() if self.ldap_uid is not None else None

        ldap_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_url, Unset):
            ldap_url = self.ldap_url.to_dict() if self.ldap_url is not None else None

        ldap_verify_cert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_verify_cert, Unset):
            ldap_verify_cert = (
                self.ldap_verify_cert.to_dict()
                if self.ldap_verify_cert is not None
                else None
            )

        ldap_group_membership_attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ldap_group_membership_attribute, Unset):
            ldap_group_membership_attribute = (
                self.ldap_group_membership_attribute.to_dict()
                if self.ldap_group_membership_attribute is not None
                else None
            )

        project_creation_restriction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_creation_restriction, Unset):
            project_creation_restriction = (
                self.project_creation_restriction.to_dict()
                if self.project_creation_restriction is not None
                else None
            )

        read_only: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read_only, Unset):
            read_only = self.read_only.to_dict() if self.read_only is not None else None

        self_registration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_registration, Unset):
            self_registration = (
                self.self_registration.to_dict()
                if self.self_registration is not None
                else None
            )

        token_expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_expiration, Unset):
            token_expiration = (
                self.token_expiration.to_dict()
                if self.token_expiration is not None
                else None
            )

        uaa_client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uaa_client_id, Unset):
            uaa_client_id = (
                self.uaa_client_id.to_dict() if self.uaa_client_id is not None else None
            )

        uaa_client_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uaa_client_secret, Unset):
            uaa_client_secret = (
                self.uaa_client_secret.to_dict()
                if self.uaa_client_secret is not None
                else None
            )

        uaa_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uaa_endpoint, Unset):
            uaa_endpoint = (
                self.uaa_endpoint.to_dict() if self.uaa_endpoint is not None else None
            )

        uaa_verify_cert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uaa_verify_cert, Unset):
            uaa_verify_cert = (
                self.uaa_verify_cert.to_dict()
                if self.uaa_verify_cert is not None
                else None
            )

        http_authproxy_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_endpoint, Unset):
            http_authproxy_endpoint = (
                self.http_authproxy_endpoint.to_dict()
                if self.http_authproxy_endpoint is not None
                else None
            )

        http_authproxy_tokenreview_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_tokenreview_endpoint, Unset):
            http_authproxy_tokenreview_endpoint = (
                self.http_authproxy_tokenreview_endpoint.to_dict()
                if self.http_authproxy_tokenreview_endpoint is not None
                else None
            )

        http_authproxy_admin_groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_admin_groups, Unset):
            http_authproxy_admin_groups = (
                self.http_authproxy_admin_groups.to_dict()
                if self.http_authproxy_admin_groups is not None
                else None
            )

        http_authproxy_admin_usernames: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_admin_usernames, Unset):
            http_authproxy_admin_usernames = (
                self.http_authproxy_admin_usernames.to_dict()
                if self.http_authproxy_admin_usernames is not None
                else None
            )

        http_authproxy_verify_cert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_verify_cert, Unset):
            http_authproxy_verify_cert = (
                self.http_authproxy_verify_cert.to_dict()
                if self.http_authproxy_verify_cert is not None
                else None
            )

        http_authproxy_skip_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_skip_search, Unset):
            http_authproxy_skip_search = (
                self.http_authproxy_skip_search.to_dict()
                if self.http_authproxy_skip_search is not None
                else None
            )

        http_authproxy_server_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_authproxy_server_certificate, Unset):
            http_authproxy_server_certificate = (
                self.http_authproxy_server_certificate.to_dict()
                if self.http_authproxy_server_certificate is not None
                else None
            )

        oidc_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_name, Unset):
            oidc_name = self.oidc_name.to_dict() if self.oidc_name is not None else None

        oidc_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_endpoint, Unset):
            oidc_endpoint = (
                self.oidc_endpoint.to_dict() if self.oidc_endpoint is not None else None
            )

        oidc_client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_client_id, Unset):
            oidc_client_id = (
                self.oidc_client_id.to_dict()
                if self.oidc_client_id is not None
                else None
            )

        oidc_groups_claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_groups_claim, Unset):
            oidc_groups_claim = (
                self.oidc_groups_claim.to_dict()
                if self.oidc_groups_claim is not None
                else None
            )

        oidc_admin_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_admin_group, Unset):
            oidc_admin_group = (
                self.oidc_admin_group.to_dict()
                if self.oidc_admin_group is not None
                else None
            )

        oidc_group_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_group_filter, Unset):
            oidc_group_filter = (
                self.oidc_group_filter.to_dict()
                if self.oidc_group_filter is not None
                else None
            )

        oidc_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_scope, Unset):
            oidc_scope = (
                self.oidc_scope.to_dict() if self.oidc_scope is not None else None
            )

        oidc_user_claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_user_claim, Unset):
            oidc_user_claim = (
                self.oidc_user_claim.to_dict()
                if self.oidc_user_claim is not None
                else None
            )

        oidc_verify_cert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_verify_cert, Unset):
            oidc_verify_cert = (
                self.oidc_verify_cert.to_dict()
                if self.oidc_verify_cert is not None
                else None
            )

        oidc_auto_onboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_auto_onboard, Unset):
            oidc_auto_onboard = (
                self.oidc_auto_onboard.to_dict()
                if self.oidc_auto_onboard is not None
                else None
            )

        oidc_extra_redirect_parms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_extra_redirect_parms, Unset):
            oidc_extra_redirect_parms = (
                self.oidc_extra_redirect_parms.to_dict()
                if self.oidc_extra_redirect_parms is not None
                else None
            )

        oidc_logout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_logout, Unset):
            oidc_logout = (
                self.oidc_logout.to_dict() if self.oidc_logout is not None else None
            )

        robot_token_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.robot_token_duration, Unset):
            robot_token_duration = (
                self.robot_token_duration.to_dict()
                if self.robot_token_duration is not None
                else None
            )

        robot_name_prefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.robot_name_prefix, Unset):
            robot_name_prefix = (
                self.robot_name_prefix.to_dict()
                if self.robot_name_prefix is not None
                else None
            )

        notification_enable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_enable, Unset):
            notification_enable = (
                self.notification_enable.to_dict()
                if self.notification_enable is not None
                else None
            )

        quota_per_project_enable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota_per_project_enable, Unset):
            quota_per_project_enable = (
                self.quota_per_project_enable.to_dict()
                if self.quota_per_project_enable is not None
                else None
            )

        storage_per_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_per_project, Unset):
            storage_per_project = (
                self.storage_per_project.to_dict()
                if self.storage_per_project is not None
                else None
            )

        audit_log_forward_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_log_forward_endpoint, Unset):
            audit_log_forward_endpoint = (
                self.audit_log_forward_endpoint.to_dict()
                if self.audit_log_forward_endpoint is not None
                else None
            )

        skip_audit_log_database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip_audit_log_database, Unset):
            skip_audit_log_database = (
                self.skip_audit_log_database.to_dict()
                if self.skip_audit_log_database is not None
                else None
            )

        scanner_skip_update_pulltime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scanner_skip_update_pulltime, Unset):
            scanner_skip_update_pulltime = (
                self.scanner_skip_update_pulltime.to_dict()
                if self.scanner_skip_update_pulltime is not None
                else None
            )

        scan_all_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scan_all_policy, Unset):
            scan_all_policy = (
                self.scan_all_policy.to_dict()
                if self.scan_all_policy is not None
                else None
            )

        session_timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_timeout, Unset):
            session_timeout = (
                self.session_timeout.to_dict()
                if self.session_timeout is not None
                else None
            )

        banner_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banner_message, Unset):
            banner_message = (
                self.banner_message.to_dict()
                if self.banner_message is not None
                else None
            )

        disabled_audit_log_event_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disabled_audit_log_event_types, Unset):
            disabled_audit_log_event_types = (
                self.disabled_audit_log_event_types.to_dict()
                if self.disabled_audit_log_event_types is not None
                else None
            )

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
        if scanner_skip_update_pulltime is not UNSET:
            field_dict["scanner_skip_update_pulltime"] = scanner_skip_update_pulltime
        if scan_all_policy is not UNSET:
            field_dict["scan_all_policy"] = scan_all_policy
        if session_timeout is not UNSET:
            field_dict["session_timeout"] = session_timeout
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
        _auth_mode = d.pop("auth_mode", UNSET)
        auth_mode: StringConfigItem | Unset | None
        if _auth_mode is UNSET:
            auth_mode = UNSET
        elif _auth_mode is None:
            auth_mode = None
        else:
            auth_mode = StringConfigItem.from_dict(_auth_mode)

        _primary_auth_mode = d.pop("primary_auth_mode", UNSET)
        primary_auth_mode: BoolConfigItem | Unset | None
        if _primary_auth_mode is UNSET:
            primary_auth_mode = UNSET
        elif _primary_auth_mode is None:
            primary_auth_mode = None
        else:
            primary_auth_mode = BoolConfigItem.from_dict(_primary_auth_mode)

        _ldap_base_dn = d.pop("ldap_base_dn", UNSET)
        ldap_base_dn: StringConfigItem | Unset | None
        if _ldap_base_dn is UNSET:
            ldap_base_dn = UNSET
        elif _ldap_base_dn is None:
            ldap_base_dn = None
        else:
            ldap_base_dn = StringConfigItem.from_dict(_ldap_base_dn)

        _ldap_filter = d.pop("ldap_filter", UNSET)
        ldap_filter: StringConfigItem | Unset | None
        if _ldap_filter is UNSET:
            ldap_filter = UNSET
        elif _ldap_filter is None:
            ldap_filter = None
        else:
            ldap_filter = StringConfigItem.from_dict(_ldap_filter)

        _ldap_group_base_dn = d.pop("ldap_group_base_dn", UNSET)
        ldap_group_base_dn: StringConfigItem | Unset | None
        if _ldap_group_base_dn is UNSET:
            ldap_group_base_dn = UNSET
        elif _ldap_group_base_dn is None:
            ldap_group_base_dn = None
        else:
            ldap_group_base_dn = StringConfigItem.from_dict(_ldap_group_base_dn)

        _ldap_group_admin_dn = d.pop("ldap_group_admin_dn", UNSET)
        ldap_group_admin_dn: StringConfigItem | Unset | None
        if _ldap_group_admin_dn is UNSET:
            ldap_group_admin_dn = UNSET
        elif _ldap_group_admin_dn is None:
            ldap_group_admin_dn = None
        else:
            ldap_group_admin_dn = StringConfigItem.from_dict(_ldap_group_admin_dn)

        _ldap_group_attribute_name = d.pop("ldap_group_attribute_name", UNSET)
        ldap_group_attribute_name: StringConfigItem | Unset | None
        if _ldap_group_attribute_name is UNSET:
            ldap_group_attribute_name = UNSET
        elif _ldap_group_attribute_name is None:
            ldap_group_attribute_name = None
        else:
            ldap_group_attribute_name = StringConfigItem.from_dict(
                _ldap_group_attribute_name
            )

        _ldap_group_search_filter = d.pop("ldap_group_search_filter", UNSET)
        ldap_group_search_filter: StringConfigItem | Unset | None
        if _ldap_group_search_filter is UNSET:
            ldap_group_search_filter = UNSET
        elif _ldap_group_search_filter is None:
            ldap_group_search_filter = None
        else:
            ldap_group_search_filter = StringConfigItem.from_dict(
                _ldap_group_search_filter
            )

        _ldap_group_search_scope = d.pop("ldap_group_search_scope", UNSET)
        ldap_group_search_scope: IntegerConfigItem | Unset | None
        if _ldap_group_search_scope is UNSET:
            ldap_group_search_scope = UNSET
        elif _ldap_group_search_scope is None:
            ldap_group_search_scope = None
        else:
            ldap_group_search_scope = IntegerConfigItem.from_dict(
                _ldap_group_search_scope
            )

        _ldap_group_attach_parallel = d.pop("ldap_group_attach_parallel", UNSET)
        ldap_group_attach_parallel: BoolConfigItem | Unset | None
        if _ldap_group_attach_parallel is UNSET:
            ldap_group_attach_parallel = UNSET
        elif _ldap_group_attach_parallel is None:
            ldap_group_attach_parallel = None
        else:
            ldap_group_attach_parallel = BoolConfigItem.from_dict(
                _ldap_group_attach_parallel
            )

        _ldap_scope = d.pop("ldap_scope", UNSET)
        ldap_scope: IntegerConfigItem | Unset | None
        if _ldap_scope is UNSET:
            ldap_scope = UNSET
        elif _ldap_scope is None:
            ldap_scope = None
        else:
            ldap_scope = IntegerConfigItem.from_dict(_ldap_scope)

        _ldap_search_dn = d.pop("ldap_search_dn", UNSET)
        ldap_search_dn: StringConfigItem | Unset | None
        if _ldap_search_dn is UNSET:
            ldap_search_dn = UNSET
        elif _ldap_search_dn is None:
            ldap_search_dn = None
        else:
            ldap_search_dn = StringConfigItem.from_dict(_ldap_search_dn)

        _ldap_timeout = d.pop("ldap_timeout", UNSET)
        ldap_timeout: IntegerConfigItem | Unset | None
        if _ldap_timeout is UNSET:
            ldap_timeout = UNSET
        elif _ldap_timeout is None:
            ldap_timeout = None
        else:
            ldap_timeout = IntegerConfigItem.from_dict(_ldap_timeout)

        _ldap_uid = d.pop("ldap_uid", UNSET)
        ldap_uid: StringConfigItem | Unset | None
        if _ldap_uid is UNSET:
            ldap_uid = UNSET
        elif _ldap_uid is None:
            ldap_uid = None
        else:
            ldap_uid = StringConfigItem.from_dict(_ldap_uid)

        _ldap_url = d.pop("ldap_url", UNSET)
        ldap_url: StringConfigItem | Unset | None
        if _ldap_url is UNSET:
            ldap_url = UNSET
        elif _ldap_url is None:
            ldap_url = None
        else:
            ldap_url = StringConfigItem.from_dict(_ldap_url)

        _ldap_verify_cert = d.pop("ldap_verify_cert", UNSET)
        ldap_verify_cert: BoolConfigItem | Unset | None
        if _ldap_verify_cert is UNSET:
            ldap_verify_cert = UNSET
        elif _ldap_verify_cert is None:
            ldap_verify_cert = None
        else:
            ldap_verify_cert = BoolConfigItem.from_dict(_ldap_verify_cert)

        _ldap_group_membership_attribute = d.pop(
            "ldap_group_membership_attribute", UNSET
        )
        ldap_group_membership_attribute: StringConfigItem | Unset | None
        if _ldap_group_membership_attribute is UNSET:
            ldap_group_membership_attribute = UNSET
        elif _ldap_group_membership_attribute is None:
            ldap_group_membership_attribute = None
        else:
            ldap_group_membership_attribute = StringConfigItem.from_dict(
                _ldap_group_membership_attribute
            )

        _project_creation_restriction = d.pop("project_creation_restriction", UNSET)
        project_creation_restriction: StringConfigItem | Unset | None
        if _project_creation_restriction is UNSET:
            project_creation_restriction = UNSET
        elif _project_creation_restriction is None:
            project_creation_restriction = None
        else:
            project_creation_restriction = StringConfigItem.from_dict(
                _project_creation_restriction
            )

        _read_only = d.pop("read_only", UNSET)
        read_only: BoolConfigItem | Unset | None
        if _read_only is UNSET:
            read_only = UNSET
        elif _read_only is None:
            read_only = None
        else:
            read_only = BoolConfigItem.from_dict(_read_only)

        _self_registration = d.pop("self_registration", UNSET)
        self_registration: BoolConfigItem | Unset | None
        if _self_registration is UNSET:
            self_registration = UNSET
        elif _self_registration is None:
            self_registration = None
        else:
            self_registration = BoolConfigItem.from_dict(_self_registration)

        _token_expiration = d.pop("token_expiration", UNSET)
        token_expiration: IntegerConfigItem | Unset | None
        if _token_expiration is UNSET:
            token_expiration = UNSET
        elif _token_expiration is None:
            token_expiration = None
        else:
            token_expiration = IntegerConfigItem.from_dict(_token_expiration)

        _uaa_client_id = d.pop("uaa_client_id", UNSET)
        uaa_client_id: StringConfigItem | Unset | None
        if _uaa_client_id is UNSET:
            uaa_client_id = UNSET
        elif _uaa_client_id is None:
            uaa_client_id = None
        else:
            uaa_client_id = StringConfigItem.from_dict(_uaa_client_id)

        _uaa_client_secret = d.pop("uaa_client_secret", UNSET)
        uaa_client_secret: StringConfigItem | Unset | None
        if _uaa_client_secret is UNSET:
            uaa_client_secret = UNSET
        elif _uaa_client_secret is None:
            uaa_client_secret = None
        else:
            uaa_client_secret = StringConfigItem.from_dict(_uaa_client_secret)

        _uaa_endpoint = d.pop("uaa_endpoint", UNSET)
        uaa_endpoint: StringConfigItem | Unset | None
        if _uaa_endpoint is UNSET:
            uaa_endpoint = UNSET
        elif _uaa_endpoint is None:
            uaa_endpoint = None
        else:
            uaa_endpoint = StringConfigItem.from_dict(_uaa_endpoint)

        _uaa_verify_cert = d.pop("uaa_verify_cert", UNSET)
        uaa_verify_cert: BoolConfigItem | Unset | None
        if _uaa_verify_cert is UNSET:
            uaa_verify_cert = UNSET
        elif _uaa_verify_cert is None:
            uaa_verify_cert = None
        else:
            uaa_verify_cert = BoolConfigItem.from_dict(_uaa_verify_cert)

        _http_authproxy_endpoint = d.pop("http_authproxy_endpoint", UNSET)
        http_authproxy_endpoint: StringConfigItem | Unset | None
        if _http_authproxy_endpoint is UNSET:
            http_authproxy_endpoint = UNSET
        elif _http_authproxy_endpoint is None:
            http_authproxy_endpoint = None
        else:
            http_authproxy_endpoint = StringConfigItem.from_dict(
                _http_authproxy_endpoint
            )

        _http_authproxy_tokenreview_endpoint = d.pop(
            "http_authproxy_tokenreview_endpoint", UNSET
        )
        http_authproxy_tokenreview_endpoint: StringConfigItem | Unset | None
        if _http_authproxy_tokenreview_endpoint is UNSET:
            http_authproxy_tokenreview_endpoint = UNSET
        elif _http_authproxy_tokenreview_endpoint is None:
            http_authproxy_tokenreview_endpoint = None
        else:
            http_authproxy_tokenreview_endpoint = StringConfigItem.from_dict(
                _http_authproxy_tokenreview_endpoint
            )

        _http_authproxy_admin_groups = d.pop("http_authproxy_admin_groups", UNSET)
        http_authproxy_admin_groups: StringConfigItem | Unset | None
        if _http_authproxy_admin_groups is UNSET:
            http_authproxy_admin_groups = UNSET
        elif _http_authproxy_admin_groups is None:
            http_authproxy_admin_groups = None
        else:
            http_authproxy_admin_groups = StringConfigItem.from_dict(
                _http_authproxy_admin_groups
            )

        _http_authproxy_admin_usernames = d.pop("http_authproxy_admin_usernames", UNSET)
        http_authproxy_admin_usernames: StringConfigItem | Unset | None
        if _http_authproxy_admin_usernames is UNSET:
            http_authproxy_admin_usernames = UNSET
        elif _http_authproxy_admin_usernames is None:
            http_authproxy_admin_usernames = None
        else:
            http_authproxy_admin_usernames = StringConfigItem.from_dict(
                _http_authproxy_admin_usernames
            )

        _http_authproxy_verify_cert = d.pop("http_authproxy_verify_cert", UNSET)
        http_authproxy_verify_cert: BoolConfigItem | Unset | None
        if _http_authproxy_verify_cert is UNSET:
            http_authproxy_verify_cert = UNSET
        elif _http_authproxy_verify_cert is None:
            http_authproxy_verify_cert = None
        else:
            http_authproxy_verify_cert = BoolConfigItem.from_dict(
                _http_authproxy_verify_cert
            )

        _http_authproxy_skip_search = d.pop("http_authproxy_skip_search", UNSET)
        http_authproxy_skip_search: BoolConfigItem | Unset | None
        if _http_authproxy_skip_search is UNSET:
            http_authproxy_skip_search = UNSET
        elif _http_authproxy_skip_search is None:
            http_authproxy_skip_search = None
        else:
            http_authproxy_skip_search = BoolConfigItem.from_dict(
                _http_authproxy_skip_search
            )

        _http_authproxy_server_certificate = d.pop(
            "http_authproxy_server_certificate", UNSET
        )
        http_authproxy_server_certificate: StringConfigItem | Unset | None
        if _http_authproxy_server_certificate is UNSET:
            http_authproxy_server_certificate = UNSET
        elif _http_authproxy_server_certificate is None:
            http_authproxy_server_certificate = None
        else:
            http_authproxy_server_certificate = StringConfigItem.from_dict(
                _http_authproxy_server_certificate
            )

        _oidc_name = d.pop("oidc_name", UNSET)
        oidc_name: StringConfigItem | Unset | None
        if _oidc_name is UNSET:
            oidc_name = UNSET
        elif _oidc_name is None:
            oidc_name = None
        else:
            oidc_name = StringConfigItem.from_dict(_oidc_name)

        _oidc_endpoint = d.pop("oidc_endpoint", UNSET)
        oidc_endpoint: StringConfigItem | Unset | None
        if _oidc_endpoint is UNSET:
            oidc_endpoint = UNSET
        elif _oidc_endpoint is None:
            oidc_endpoint = None
        else:
            oidc_endpoint = StringConfigItem.from_dict(_oidc_endpoint)

        _oidc_client_id = d.pop("oidc_client_id", UNSET)
        oidc_client_id: StringConfigItem | Unset | None
        if _oidc_client_id is UNSET:
            oidc_client_id = UNSET
        elif _oidc_client_id is None:
            oidc_client_id = None
        else:
            oidc_client_id = StringConfigItem.from_dict(_oidc_client_id)

        _oidc_groups_claim = d.pop("oidc_groups_claim", UNSET)
        oidc_groups_claim: StringConfigItem | Unset | None
        if _oidc_groups_claim is UNSET:
            oidc_groups_claim = UNSET
        elif _oidc_groups_claim is None:
            oidc_groups_claim = None
        else:
            oidc_groups_claim = StringConfigItem.from_dict(_oidc_groups_claim)

        _oidc_admin_group = d.pop("oidc_admin_group", UNSET)
        oidc_admin_group: StringConfigItem | Unset | None
        if _oidc_admin_group is UNSET:
            oidc_admin_group = UNSET
        elif _oidc_admin_group is None:
            oidc_admin_group = None
        else:
            oidc_admin_group = StringConfigItem.from_dict(_oidc_admin_group)

        _oidc_group_filter = d.pop("oidc_group_filter", UNSET)
        oidc_group_filter: StringConfigItem | Unset | None
        if _oidc_group_filter is UNSET:
            oidc_group_filter = UNSET
        elif _oidc_group_filter is None:
            oidc_group_filter = None
        else:
            oidc_group_filter = StringConfigItem.from_dict(_oidc_group_filter)

        _oidc_scope = d.pop("oidc_scope", UNSET)
        oidc_scope: StringConfigItem | Unset | None
        if _oidc_scope is UNSET:
            oidc_scope = UNSET
        elif _oidc_scope is None:
            oidc_scope = None
        else:
            oidc_scope = StringConfigItem.from_dict(_oidc_scope)

        _oidc_user_claim = d.pop("oidc_user_claim", UNSET)
        oidc_user_claim: StringConfigItem | Unset | None
        if _oidc_user_claim is UNSET:
            oidc_user_claim = UNSET
        elif _oidc_user_claim is None:
            oidc_user_claim = None
        else:
            oidc_user_claim = StringConfigItem.from_dict(_oidc_user_claim)

        _oidc_verify_cert = d.pop("oidc_verify_cert", UNSET)
        oidc_verify_cert: BoolConfigItem | Unset | None
        if _oidc_verify_cert is UNSET:
            oidc_verify_cert = UNSET
        elif _oidc_verify_cert is None:
            oidc_verify_cert = None
        else:
            oidc_verify_cert = BoolConfigItem.from_dict(_oidc_verify_cert)

        _oidc_auto_onboard = d.pop("oidc_auto_onboard", UNSET)
        oidc_auto_onboard: BoolConfigItem | Unset | None
        if _oidc_auto_onboard is UNSET:
            oidc_auto_onboard = UNSET
        elif _oidc_auto_onboard is None:
            oidc_auto_onboard = None
        else:
            oidc_auto_onboard = BoolConfigItem.from_dict(_oidc_auto_onboard)

        _oidc_extra_redirect_parms = d.pop("oidc_extra_redirect_parms", UNSET)
        oidc_extra_redirect_parms: StringConfigItem | Unset | None
        if _oidc_extra_redirect_parms is UNSET:
            oidc_extra_redirect_parms = UNSET
        elif _oidc_extra_redirect_parms is None:
            oidc_extra_redirect_parms = None
        else:
            oidc_extra_redirect_parms = StringConfigItem.from_dict(
                _oidc_extra_redirect_parms
            )

        _oidc_logout = d.pop("oidc_logout", UNSET)
        oidc_logout: BoolConfigItem | Unset | None
        if _oidc_logout is UNSET:
            oidc_logout = UNSET
        elif _oidc_logout is None:
            oidc_logout = None
        else:
            oidc_logout = BoolConfigItem.from_dict(_oidc_logout)

        _robot_token_duration = d.pop("robot_token_duration", UNSET)
        robot_token_duration: IntegerConfigItem | Unset | None
        if _robot_token_duration is UNSET:
            robot_token_duration = UNSET
        elif _robot_token_duration is None:
            robot_token_duration = None
        else:
            robot_token_duration = IntegerConfigItem.from_dict(_robot_token_duration)

        _robot_name_prefix = d.pop("robot_name_prefix", UNSET)
        robot_name_prefix: StringConfigItem | Unset | None
        if _robot_name_prefix is UNSET:
            robot_name_prefix = UNSET
        elif _robot_name_prefix is None:
            robot_name_prefix = None
        else:
            robot_name_prefix = StringConfigItem.from_dict(_robot_name_prefix)

        _notification_enable = d.pop("notification_enable", UNSET)
        notification_enable: BoolConfigItem | Unset | None
        if _notification_enable is UNSET:
            notification_enable = UNSET
        elif _notification_enable is None:
            notification_enable = None
        else:
            notification_enable = BoolConfigItem.from_dict(_notification_enable)

        _quota_per_project_enable = d.pop("quota_per_project_enable", UNSET)
        quota_per_project_enable: BoolConfigItem | Unset | None
        if _quota_per_project_enable is UNSET:
            quota_per_project_enable = UNSET
        elif _quota_per_project_enable is None:
            quota_per_project_enable = None
        else:
            quota_per_project_enable = BoolConfigItem.from_dict(
                _quota_per_project_enable
            )

        _storage_per_project = d.pop("storage_per_project", UNSET)
        storage_per_project: IntegerConfigItem | Unset | None
        if _storage_per_project is UNSET:
            storage_per_project = UNSET
        elif _storage_per_project is None:
            storage_per_project = None
        else:
            storage_per_project = IntegerConfigItem.from_dict(_storage_per_project)

        _audit_log_forward_endpoint = d.pop("audit_log_forward_endpoint", UNSET)
        audit_log_forward_endpoint: StringConfigItem | Unset | None
        if _audit_log_forward_endpoint is UNSET:
            audit_log_forward_endpoint = UNSET
        elif _audit_log_forward_endpoint is None:
            audit_log_forward_endpoint = None
        else:
            audit_log_forward_endpoint = StringConfigItem.from_dict(
                _audit_log_forward_endpoint
            )

        _skip_audit_log_database = d.pop("skip_audit_log_database", UNSET)
        skip_audit_log_database: BoolConfigItem | Unset | None
        if _skip_audit_log_database is UNSET:
            skip_audit_log_database = UNSET
        elif _skip_audit_log_database is None:
            skip_audit_log_database = None
        else:
            skip_audit_log_database = BoolConfigItem.from_dict(_skip_audit_log_database)

        _scanner_skip_update_pulltime = d.pop("scanner_skip_update_pulltime", UNSET)
        scanner_skip_update_pulltime: BoolConfigItem | Unset | None
        if _scanner_skip_update_pulltime is UNSET:
            scanner_skip_update_pulltime = UNSET
        elif _scanner_skip_update_pulltime is None:
            scanner_skip_update_pulltime = None
        else:
            scanner_skip_update_pulltime = BoolConfigItem.from_dict(
                _scanner_skip_update_pulltime
            )

        _scan_all_policy = d.pop("scan_all_policy", UNSET)
        scan_all_policy: ConfigurationsResponseScanAllPolicy | Unset | None
        if _scan_all_policy is UNSET:
            scan_all_policy = UNSET
        elif _scan_all_policy is None:
            scan_all_policy = None
        else:
            scan_all_policy = ConfigurationsResponseScanAllPolicy.from_dict(
                _scan_all_policy
            )

        _session_timeout = d.pop("session_timeout", UNSET)
        session_timeout: IntegerConfigItem | Unset | None
        if _session_timeout is UNSET:
            session_timeout = UNSET
        elif _session_timeout is None:
            session_timeout = None
        else:
            session_timeout = IntegerConfigItem.from_dict(_session_timeout)

        _banner_message = d.pop("banner_message", UNSET)
        banner_message: StringConfigItem | Unset | None
        if _banner_message is UNSET:
            banner_message = UNSET
        elif _banner_message is None:
            banner_message = None
        else:
            banner_message = StringConfigItem.from_dict(_banner_message)

        _disabled_audit_log_event_types = d.pop("disabled_audit_log_event_types", UNSET)
        disabled_audit_log_event_types: StringConfigItem | Unset | None
        if _disabled_audit_log_event_types is UNSET:
            disabled_audit_log_event_types = UNSET
        elif _disabled_audit_log_event_types is None:
            disabled_audit_log_event_types = None
        else:
            disabled_audit_log_event_types = StringConfigItem.from_dict(
                _disabled_audit_log_event_types
            )

        configurations_response = cls.__new__(cls)
        configurations_response.auth_mode = auth_mode
        configurations_response.primary_auth_mode = primary_auth_mode
        configurations_response.ldap_base_dn = ldap_base_dn
        configurations_response.ldap_filter = ldap_filter
        configurations_response.ldap_group_base_dn = ldap_group_base_dn
        configurations_response.ldap_group_admin_dn = ldap_group_admin_dn
        configurations_response.ldap_group_attribute_name = ldap_group_attribute_name
        configurations_response.ldap_group_search_filter = ldap_group_search_filter
        configurations_response.ldap_group_search_scope = ldap_group_search_scope
        configurations_response.ldap_group_attach_parallel = ldap_group_attach_parallel
        configurations_response.ldap_scope = ldap_scope
        configurations_response.ldap_search_dn = ldap_search_dn
        configurations_response.ldap_timeout = ldap_timeout
        configurations_response.ldap_uid = ldap_uid
        configurations_response.ldap_url = ldap_url
        configurations_response.ldap_verify_cert = ldap_verify_cert
        configurations_response.ldap_group_membership_attribute = (
            ldap_group_membership_attribute
        )
        configurations_response.project_creation_restriction = (
            project_creation_restriction
        )
        configurations_response.read_only = read_only
        configurations_response.self_registration = self_registration
        configurations_response.token_expiration = token_expiration
        configurations_response.uaa_client_id = uaa_client_id
        configurations_response.uaa_client_secret = uaa_client_secret
        configurations_response.uaa_endpoint = uaa_endpoint
        configurations_response.uaa_verify_cert = uaa_verify_cert
        configurations_response.http_authproxy_endpoint = http_authproxy_endpoint
        configurations_response.http_authproxy_tokenreview_endpoint = (
            http_authproxy_tokenreview_endpoint
        )
        configurations_response.http_authproxy_admin_groups = (
            http_authproxy_admin_groups
        )
        configurations_response.http_authproxy_admin_usernames = (
            http_authproxy_admin_usernames
        )
        configurations_response.http_authproxy_verify_cert = http_authproxy_verify_cert
        configurations_response.http_authproxy_skip_search = http_authproxy_skip_search
        configurations_response.http_authproxy_server_certificate = (
            http_authproxy_server_certificate
        )
        configurations_response.oidc_name = oidc_name
        configurations_response.oidc_endpoint = oidc_endpoint
        configurations_response.oidc_client_id = oidc_client_id
        configurations_response.oidc_groups_claim = oidc_groups_claim
        configurations_response.oidc_admin_group = oidc_admin_group
        configurations_response.oidc_group_filter = oidc_group_filter
        configurations_response.oidc_scope = oidc_scope
        configurations_response.oidc_user_claim = oidc_user_claim
        configurations_response.oidc_verify_cert = oidc_verify_cert
        configurations_response.oidc_auto_onboard = oidc_auto_onboard
        configurations_response.oidc_extra_redirect_parms = oidc_extra_redirect_parms
        configurations_response.oidc_logout = oidc_logout
        configurations_response.robot_token_duration = robot_token_duration
        configurations_response.robot_name_prefix = robot_name_prefix
        configurations_response.notification_enable = notification_enable
        configurations_response.quota_per_project_enable = quota_per_project_enable
        configurations_response.storage_per_project = storage_per_project
        configurations_response.audit_log_forward_endpoint = audit_log_forward_endpoint
        configurations_response.skip_audit_log_database = skip_audit_log_database
        configurations_response.scanner_skip_update_pulltime = (
            scanner_skip_update_pulltime
        )
        configurations_response.scan_all_policy = scan_all_policy
        configurations_response.session_timeout = session_timeout
        configurations_response.banner_message = banner_message
        configurations_response.disabled_audit_log_event_types = (
            disabled_audit_log_event_types
        )

        configurations_response.additional_properties = d
        return configurations_response

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


# The models this one is made of, imported after the class: models refer to each
# other in cycles, and a module that imports this one back finds the class defined.
from ..models.bool_config_item import BoolConfigItem
from ..models.configurations_response_scan_all_policy import (
    ConfigurationsResponseScanAllPolicy,
)
from ..models.integer_config_item import IntegerConfigItem
from ..models.string_config_item import StringConfigItem
