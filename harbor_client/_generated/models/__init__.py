"""The data models of Harbor's API, each loaded on first use.

Importing this package costs almost nothing: a model's module is imported the first
time the model is used (PEP 562), so an endpoint module pulls in only the models it
needs instead of all of them.

How Harbor's JSON reads: a field the answer leaves out is ``UNSET``; a list, object or
date-time that Harbor sends as ``null`` (its Go server writes empty slices that way) is
``None``, and so is a date-time sent as Go's zero time ``0001-01-01T00:00:00Z``, which
means "never". An enum value that this version of the definition does not list is kept
as a member whose ``is_unknown`` is true, and ``to_dict`` writes it back unchanged.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .access import Access
    from .accessory import Accessory
    from .action_request import ActionRequest
    from .action_request_action import ActionRequestAction
    from .add_project_metadatas_body import AddProjectMetadatasBody
    from .addition_link import AdditionLink
    from .addition_links import AdditionLinks
    from .annotations import Annotations
    from .artifact import Artifact
    from .audit_log import AuditLog
    from .audit_log_event_type import AuditLogEventType
    from .audit_log_ext import AuditLogExt
    from .authproxy_setting import AuthproxySetting
    from .bool_config_item import BoolConfigItem
    from .component_health_status import ComponentHealthStatus
    from .configurations import Configurations
    from .configurations_response import ConfigurationsResponse
    from .configurations_response_scan_all_policy import (
        ConfigurationsResponseScanAllPolicy,
    )
    from .configurations_response_scan_all_policy_parameter import (
        ConfigurationsResponseScanAllPolicyParameter,
    )
    from .cve_allowlist import CVEAllowlist
    from .cve_allowlist_item import CVEAllowlistItem
    from .dangerous_artifact import DangerousArtifact
    from .dangerous_cve import DangerousCVE
    from .error import Error
    from .errors import Errors
    from .exec_history import ExecHistory
    from .execution import Execution
    from .extra_attrs import ExtraAttrs
    from .filter_style import FilterStyle
    from .gc_history import GCHistory
    from .general_info import GeneralInfo
    from .get_addition_addition import GetAdditionAddition
    from .get_project_metadata_response_200 import GetProjectMetadataResponse200
    from .icon import Icon
    from .immutable_rule import ImmutableRule
    from .immutable_rule_params import ImmutableRuleParams
    from .immutable_rule_scope_selectors import ImmutableRuleScopeSelectors
    from .immutable_selector import ImmutableSelector
    from .instance import Instance
    from .instance_auth_info import InstanceAuthInfo
    from .integer_config_item import IntegerConfigItem
    from .internal_configuration_value import InternalConfigurationValue
    from .internal_configurations_response import InternalConfigurationsResponse
    from .is_default import IsDefault
    from .job_queue import JobQueue
    from .label import Label
    from .ldap_conf import LdapConf
    from .ldap_failed_import_user import LdapFailedImportUser
    from .ldap_import_users import LdapImportUsers
    from .ldap_ping_result import LdapPingResult
    from .ldap_user import LdapUser
    from .list_project_metadatas_response_200 import ListProjectMetadatasResponse200
    from .list_registry_provider_infos_response_200 import (
        ListRegistryProviderInfosResponse200,
    )
    from .metadata import Metadata
    from .metrics import Metrics
    from .native_report_summary import NativeReportSummary
    from .new_tag import NewTag
    from .oidc_cli_secret_req import OIDCCliSecretReq
    from .oidc_user_info import OIDCUserInfo
    from .operate_retention_execution_body import OperateRetentionExecutionBody
    from .overall_health_status import OverallHealthStatus
    from .password_req import PasswordReq
    from .payload_format import PayloadFormat
    from .permission import Permission
    from .permissions import Permissions
    from .ping_oidc_body import PingOidcBody
    from .platform import Platform
    from .preheat_policy import PreheatPolicy
    from .project import Project
    from .project_deletable import ProjectDeletable
    from .project_member import ProjectMember
    from .project_member_entity import ProjectMemberEntity
    from .project_metadata import ProjectMetadata
    from .project_req import ProjectReq
    from .project_scanner import ProjectScanner
    from .project_summary import ProjectSummary
    from .project_summary_quota import ProjectSummaryQuota
    from .provider_under_project import ProviderUnderProject
    from .quota import Quota
    from .quota_ref_object import QuotaRefObject
    from .quota_update_req import QuotaUpdateReq
    from .reference import Reference
    from .registry import Registry
    from .registry_credential import RegistryCredential
    from .registry_endpoint import RegistryEndpoint
    from .registry_info import RegistryInfo
    from .registry_ping import RegistryPing
    from .registry_provider_credential_pattern import RegistryProviderCredentialPattern
    from .registry_provider_endpoint_pattern import RegistryProviderEndpointPattern
    from .registry_provider_info import RegistryProviderInfo
    from .registry_update import RegistryUpdate
    from .replication_execution import ReplicationExecution
    from .replication_filter import ReplicationFilter
    from .replication_policy import ReplicationPolicy
    from .replication_task import ReplicationTask
    from .replication_trigger import ReplicationTrigger
    from .replication_trigger_settings import ReplicationTriggerSettings
    from .repository import Repository
    from .resource_list import ResourceList
    from .retention_execution import RetentionExecution
    from .retention_execution_task import RetentionExecutionTask
    from .retention_metadata import RetentionMetadata
    from .retention_policy import RetentionPolicy
    from .retention_policy_scope import RetentionPolicyScope
    from .retention_rule import RetentionRule
    from .retention_rule_metadata import RetentionRuleMetadata
    from .retention_rule_param_metadata import RetentionRuleParamMetadata
    from .retention_rule_params import RetentionRuleParams
    from .retention_rule_scope_selectors import RetentionRuleScopeSelectors
    from .retention_rule_trigger import RetentionRuleTrigger
    from .retention_rule_trigger_references import RetentionRuleTriggerReferences
    from .retention_rule_trigger_settings import RetentionRuleTriggerSettings
    from .retention_selector import RetentionSelector
    from .retention_selector_metadata import RetentionSelectorMetadata
    from .robot import Robot
    from .robot_create import RobotCreate
    from .robot_create_v1 import RobotCreateV1
    from .robot_created import RobotCreated
    from .robot_permission import RobotPermission
    from .robot_sec import RobotSec
    from .role_request import RoleRequest
    from .sbom_overview import SBOMOverview
    from .scan_data_export_execution import ScanDataExportExecution
    from .scan_data_export_execution_list import ScanDataExportExecutionList
    from .scan_data_export_job import ScanDataExportJob
    from .scan_data_export_request import ScanDataExportRequest
    from .scan_overview import ScanOverview
    from .scan_type import ScanType
    from .scan_type_scan_type import ScanTypeScanType
    from .scanner import Scanner
    from .scanner_adapter_metadata import ScannerAdapterMetadata
    from .scanner_adapter_metadata_properties import ScannerAdapterMetadataProperties
    from .scanner_capability import ScannerCapability
    from .scanner_registration import ScannerRegistration
    from .scanner_registration_capabilities import ScannerRegistrationCapabilities
    from .scanner_registration_req import ScannerRegistrationReq
    from .scanner_registration_settings import ScannerRegistrationSettings
    from .schedule import Schedule
    from .schedule_obj import ScheduleObj
    from .schedule_obj_type import ScheduleObjType
    from .schedule_parameters import ScheduleParameters
    from .schedule_task import ScheduleTask
    from .scheduler_status import SchedulerStatus
    from .search import Search
    from .search_repository import SearchRepository
    from .security_summary import SecuritySummary
    from .start_replication_execution import StartReplicationExecution
    from .statistic import Statistic
    from .stats import Stats
    from .stats_metrics import StatsMetrics
    from .stats_trigger import StatsTrigger
    from .storage import Storage
    from .string_config_item import StringConfigItem
    from .supported_webhook_event_types import SupportedWebhookEventTypes
    from .system_info import SystemInfo
    from .tag import Tag
    from .task import Task
    from .trigger_retention_execution_body import TriggerRetentionExecutionBody
    from .update_project_metadata_body import UpdateProjectMetadataBody
    from .user_creation_req import UserCreationReq
    from .user_entity import UserEntity
    from .user_group import UserGroup
    from .user_group_search_item import UserGroupSearchItem
    from .user_profile import UserProfile
    from .user_resp import UserResp
    from .user_search import UserSearch
    from .user_search_resp_item import UserSearchRespItem
    from .user_sys_admin_flag import UserSysAdminFlag
    from .vulnerability_item import VulnerabilityItem
    from .vulnerability_summary import VulnerabilitySummary
    from .vulnerability_summary_summary import VulnerabilitySummarySummary
    from .webhook_job import WebhookJob
    from .webhook_last_trigger import WebhookLastTrigger
    from .webhook_policy import WebhookPolicy
    from .webhook_target_object import WebhookTargetObject
    from .worker import Worker
    from .worker_pool import WorkerPool

# Model name -> the module that defines it.
_MODULES = {
    "Access": ".access",
    "Accessory": ".accessory",
    "ActionRequest": ".action_request",
    "ActionRequestAction": ".action_request_action",
    "AddProjectMetadatasBody": ".add_project_metadatas_body",
    "AdditionLink": ".addition_link",
    "AdditionLinks": ".addition_links",
    "Annotations": ".annotations",
    "Artifact": ".artifact",
    "AuditLog": ".audit_log",
    "AuditLogEventType": ".audit_log_event_type",
    "AuditLogExt": ".audit_log_ext",
    "AuthproxySetting": ".authproxy_setting",
    "BoolConfigItem": ".bool_config_item",
    "ComponentHealthStatus": ".component_health_status",
    "Configurations": ".configurations",
    "ConfigurationsResponse": ".configurations_response",
    "ConfigurationsResponseScanAllPolicy": ".configurations_response_scan_all_policy",
    "ConfigurationsResponseScanAllPolicyParameter": ".configurations_response_scan_all_policy_parameter",
    "CVEAllowlist": ".cve_allowlist",
    "CVEAllowlistItem": ".cve_allowlist_item",
    "DangerousArtifact": ".dangerous_artifact",
    "DangerousCVE": ".dangerous_cve",
    "Error": ".error",
    "Errors": ".errors",
    "ExecHistory": ".exec_history",
    "Execution": ".execution",
    "ExtraAttrs": ".extra_attrs",
    "FilterStyle": ".filter_style",
    "GCHistory": ".gc_history",
    "GeneralInfo": ".general_info",
    "GetAdditionAddition": ".get_addition_addition",
    "GetProjectMetadataResponse200": ".get_project_metadata_response_200",
    "Icon": ".icon",
    "ImmutableRule": ".immutable_rule",
    "ImmutableRuleParams": ".immutable_rule_params",
    "ImmutableRuleScopeSelectors": ".immutable_rule_scope_selectors",
    "ImmutableSelector": ".immutable_selector",
    "Instance": ".instance",
    "InstanceAuthInfo": ".instance_auth_info",
    "IntegerConfigItem": ".integer_config_item",
    "InternalConfigurationValue": ".internal_configuration_value",
    "InternalConfigurationsResponse": ".internal_configurations_response",
    "IsDefault": ".is_default",
    "JobQueue": ".job_queue",
    "Label": ".label",
    "LdapConf": ".ldap_conf",
    "LdapFailedImportUser": ".ldap_failed_import_user",
    "LdapImportUsers": ".ldap_import_users",
    "LdapPingResult": ".ldap_ping_result",
    "LdapUser": ".ldap_user",
    "ListProjectMetadatasResponse200": ".list_project_metadatas_response_200",
    "ListRegistryProviderInfosResponse200": ".list_registry_provider_infos_response_200",
    "Metadata": ".metadata",
    "Metrics": ".metrics",
    "NativeReportSummary": ".native_report_summary",
    "NewTag": ".new_tag",
    "OIDCCliSecretReq": ".oidc_cli_secret_req",
    "OIDCUserInfo": ".oidc_user_info",
    "OperateRetentionExecutionBody": ".operate_retention_execution_body",
    "OverallHealthStatus": ".overall_health_status",
    "PasswordReq": ".password_req",
    "PayloadFormat": ".payload_format",
    "Permission": ".permission",
    "Permissions": ".permissions",
    "PingOidcBody": ".ping_oidc_body",
    "Platform": ".platform",
    "PreheatPolicy": ".preheat_policy",
    "Project": ".project",
    "ProjectDeletable": ".project_deletable",
    "ProjectMember": ".project_member",
    "ProjectMemberEntity": ".project_member_entity",
    "ProjectMetadata": ".project_metadata",
    "ProjectReq": ".project_req",
    "ProjectScanner": ".project_scanner",
    "ProjectSummary": ".project_summary",
    "ProjectSummaryQuota": ".project_summary_quota",
    "ProviderUnderProject": ".provider_under_project",
    "Quota": ".quota",
    "QuotaRefObject": ".quota_ref_object",
    "QuotaUpdateReq": ".quota_update_req",
    "Reference": ".reference",
    "Registry": ".registry",
    "RegistryCredential": ".registry_credential",
    "RegistryEndpoint": ".registry_endpoint",
    "RegistryInfo": ".registry_info",
    "RegistryPing": ".registry_ping",
    "RegistryProviderCredentialPattern": ".registry_provider_credential_pattern",
    "RegistryProviderEndpointPattern": ".registry_provider_endpoint_pattern",
    "RegistryProviderInfo": ".registry_provider_info",
    "RegistryUpdate": ".registry_update",
    "ReplicationExecution": ".replication_execution",
    "ReplicationFilter": ".replication_filter",
    "ReplicationPolicy": ".replication_policy",
    "ReplicationTask": ".replication_task",
    "ReplicationTrigger": ".replication_trigger",
    "ReplicationTriggerSettings": ".replication_trigger_settings",
    "Repository": ".repository",
    "ResourceList": ".resource_list",
    "RetentionExecution": ".retention_execution",
    "RetentionExecutionTask": ".retention_execution_task",
    "RetentionMetadata": ".retention_metadata",
    "RetentionPolicy": ".retention_policy",
    "RetentionPolicyScope": ".retention_policy_scope",
    "RetentionRule": ".retention_rule",
    "RetentionRuleMetadata": ".retention_rule_metadata",
    "RetentionRuleParamMetadata": ".retention_rule_param_metadata",
    "RetentionRuleParams": ".retention_rule_params",
    "RetentionRuleScopeSelectors": ".retention_rule_scope_selectors",
    "RetentionRuleTrigger": ".retention_rule_trigger",
    "RetentionRuleTriggerReferences": ".retention_rule_trigger_references",
    "RetentionRuleTriggerSettings": ".retention_rule_trigger_settings",
    "RetentionSelector": ".retention_selector",
    "RetentionSelectorMetadata": ".retention_selector_metadata",
    "Robot": ".robot",
    "RobotCreate": ".robot_create",
    "RobotCreateV1": ".robot_create_v1",
    "RobotCreated": ".robot_created",
    "RobotPermission": ".robot_permission",
    "RobotSec": ".robot_sec",
    "RoleRequest": ".role_request",
    "SBOMOverview": ".sbom_overview",
    "ScanDataExportExecution": ".scan_data_export_execution",
    "ScanDataExportExecutionList": ".scan_data_export_execution_list",
    "ScanDataExportJob": ".scan_data_export_job",
    "ScanDataExportRequest": ".scan_data_export_request",
    "ScanOverview": ".scan_overview",
    "ScanType": ".scan_type",
    "ScanTypeScanType": ".scan_type_scan_type",
    "Scanner": ".scanner",
    "ScannerAdapterMetadata": ".scanner_adapter_metadata",
    "ScannerAdapterMetadataProperties": ".scanner_adapter_metadata_properties",
    "ScannerCapability": ".scanner_capability",
    "ScannerRegistration": ".scanner_registration",
    "ScannerRegistrationCapabilities": ".scanner_registration_capabilities",
    "ScannerRegistrationReq": ".scanner_registration_req",
    "ScannerRegistrationSettings": ".scanner_registration_settings",
    "Schedule": ".schedule",
    "ScheduleObj": ".schedule_obj",
    "ScheduleObjType": ".schedule_obj_type",
    "ScheduleParameters": ".schedule_parameters",
    "ScheduleTask": ".schedule_task",
    "SchedulerStatus": ".scheduler_status",
    "Search": ".search",
    "SearchRepository": ".search_repository",
    "SecuritySummary": ".security_summary",
    "StartReplicationExecution": ".start_replication_execution",
    "Statistic": ".statistic",
    "Stats": ".stats",
    "StatsMetrics": ".stats_metrics",
    "StatsTrigger": ".stats_trigger",
    "Storage": ".storage",
    "StringConfigItem": ".string_config_item",
    "SupportedWebhookEventTypes": ".supported_webhook_event_types",
    "SystemInfo": ".system_info",
    "Tag": ".tag",
    "Task": ".task",
    "TriggerRetentionExecutionBody": ".trigger_retention_execution_body",
    "UpdateProjectMetadataBody": ".update_project_metadata_body",
    "UserCreationReq": ".user_creation_req",
    "UserEntity": ".user_entity",
    "UserGroup": ".user_group",
    "UserGroupSearchItem": ".user_group_search_item",
    "UserProfile": ".user_profile",
    "UserResp": ".user_resp",
    "UserSearch": ".user_search",
    "UserSearchRespItem": ".user_search_resp_item",
    "UserSysAdminFlag": ".user_sys_admin_flag",
    "VulnerabilityItem": ".vulnerability_item",
    "VulnerabilitySummary": ".vulnerability_summary",
    "VulnerabilitySummarySummary": ".vulnerability_summary_summary",
    "WebhookJob": ".webhook_job",
    "WebhookLastTrigger": ".webhook_last_trigger",
    "WebhookPolicy": ".webhook_policy",
    "WebhookTargetObject": ".webhook_target_object",
    "Worker": ".worker",
    "WorkerPool": ".worker_pool",
}

__all__ = (
    "Access",
    "Accessory",
    "ActionRequest",
    "ActionRequestAction",
    "AddProjectMetadatasBody",
    "AdditionLink",
    "AdditionLinks",
    "Annotations",
    "Artifact",
    "AuditLog",
    "AuditLogEventType",
    "AuditLogExt",
    "AuthproxySetting",
    "BoolConfigItem",
    "CVEAllowlist",
    "CVEAllowlistItem",
    "ComponentHealthStatus",
    "Configurations",
    "ConfigurationsResponse",
    "ConfigurationsResponseScanAllPolicy",
    "ConfigurationsResponseScanAllPolicyParameter",
    "DangerousArtifact",
    "DangerousCVE",
    "Error",
    "Errors",
    "ExecHistory",
    "Execution",
    "ExtraAttrs",
    "FilterStyle",
    "GCHistory",
    "GeneralInfo",
    "GetAdditionAddition",
    "GetProjectMetadataResponse200",
    "Icon",
    "ImmutableRule",
    "ImmutableRuleParams",
    "ImmutableRuleScopeSelectors",
    "ImmutableSelector",
    "Instance",
    "InstanceAuthInfo",
    "IntegerConfigItem",
    "InternalConfigurationValue",
    "InternalConfigurationsResponse",
    "IsDefault",
    "JobQueue",
    "Label",
    "LdapConf",
    "LdapFailedImportUser",
    "LdapImportUsers",
    "LdapPingResult",
    "LdapUser",
    "ListProjectMetadatasResponse200",
    "ListRegistryProviderInfosResponse200",
    "Metadata",
    "Metrics",
    "NativeReportSummary",
    "NewTag",
    "OIDCCliSecretReq",
    "OIDCUserInfo",
    "OperateRetentionExecutionBody",
    "OverallHealthStatus",
    "PasswordReq",
    "PayloadFormat",
    "Permission",
    "Permissions",
    "PingOidcBody",
    "Platform",
    "PreheatPolicy",
    "Project",
    "ProjectDeletable",
    "ProjectMember",
    "ProjectMemberEntity",
    "ProjectMetadata",
    "ProjectReq",
    "ProjectScanner",
    "ProjectSummary",
    "ProjectSummaryQuota",
    "ProviderUnderProject",
    "Quota",
    "QuotaRefObject",
    "QuotaUpdateReq",
    "Reference",
    "Registry",
    "RegistryCredential",
    "RegistryEndpoint",
    "RegistryInfo",
    "RegistryPing",
    "RegistryProviderCredentialPattern",
    "RegistryProviderEndpointPattern",
    "RegistryProviderInfo",
    "RegistryUpdate",
    "ReplicationExecution",
    "ReplicationFilter",
    "ReplicationPolicy",
    "ReplicationTask",
    "ReplicationTrigger",
    "ReplicationTriggerSettings",
    "Repository",
    "ResourceList",
    "RetentionExecution",
    "RetentionExecutionTask",
    "RetentionMetadata",
    "RetentionPolicy",
    "RetentionPolicyScope",
    "RetentionRule",
    "RetentionRuleMetadata",
    "RetentionRuleParamMetadata",
    "RetentionRuleParams",
    "RetentionRuleScopeSelectors",
    "RetentionRuleTrigger",
    "RetentionRuleTriggerReferences",
    "RetentionRuleTriggerSettings",
    "RetentionSelector",
    "RetentionSelectorMetadata",
    "Robot",
    "RobotCreate",
    "RobotCreateV1",
    "RobotCreated",
    "RobotPermission",
    "RobotSec",
    "RoleRequest",
    "SBOMOverview",
    "ScanDataExportExecution",
    "ScanDataExportExecutionList",
    "ScanDataExportJob",
    "ScanDataExportRequest",
    "ScanOverview",
    "ScanType",
    "ScanTypeScanType",
    "Scanner",
    "ScannerAdapterMetadata",
    "ScannerAdapterMetadataProperties",
    "ScannerCapability",
    "ScannerRegistration",
    "ScannerRegistrationCapabilities",
    "ScannerRegistrationReq",
    "ScannerRegistrationSettings",
    "Schedule",
    "ScheduleObj",
    "ScheduleObjType",
    "ScheduleParameters",
    "ScheduleTask",
    "SchedulerStatus",
    "Search",
    "SearchRepository",
    "SecuritySummary",
    "StartReplicationExecution",
    "Statistic",
    "Stats",
    "StatsMetrics",
    "StatsTrigger",
    "Storage",
    "StringConfigItem",
    "SupportedWebhookEventTypes",
    "SystemInfo",
    "Tag",
    "Task",
    "TriggerRetentionExecutionBody",
    "UpdateProjectMetadataBody",
    "UserCreationReq",
    "UserEntity",
    "UserGroup",
    "UserGroupSearchItem",
    "UserProfile",
    "UserResp",
    "UserSearch",
    "UserSearchRespItem",
    "UserSysAdminFlag",
    "VulnerabilityItem",
    "VulnerabilitySummary",
    "VulnerabilitySummarySummary",
    "WebhookJob",
    "WebhookLastTrigger",
    "WebhookPolicy",
    "WebhookTargetObject",
    "Worker",
    "WorkerPool",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
