import { Account } from '../modules/access/account.entity.js';
import { ApiToken } from '../modules/access/api-token.entity.js';
import { Session } from '../modules/access/session.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { AgreementSignatory } from '../modules/agreements/agreement-signatory.entity.js';
import { AgreementStatusChange } from '../modules/agreements/agreement-status-change.entity.js';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { Campaign } from '../modules/participation/campaign.entity.js';
import { Province } from '../modules/geography/province.entity.js';
import { Ward } from '../modules/geography/ward.entity.js';
import { Agency } from '../modules/organisations/agency.entity.js';
import { PostOffice } from '../modules/organisations/post-office.entity.js';
import { ServiceUnit } from '../modules/organisations/service-unit.entity.js';
import { ParticipationFigure } from '../modules/participation/participation-figure.entity.js';
import { Publication } from '../modules/participation/publication.entity.js';
import { ParticipationFigureFlag } from '../modules/imports/figures/participation-figure-flag.entity.js';
import { Target } from '../modules/targets/target.entity.js';
import { WardSeat } from '../modules/places/ward-seat.entity.js';
import { ReminderSending } from '../modules/reminders/reminder-sending.entity.js';

/** Every MikroORM entity, listed explicitly: no folder scanning at start-up. */
export const entities = [
  Province,
  Ward,
  ServiceUnit,
  Agency,
  PostOffice,
  Agreement,
  AgreementSignatory,
  AgreementStatusChange,
  Publication,
  ParticipationFigure,
  Campaign,
  Target,
  Account,
  Session,
  ApiToken,
  AuditRecord,
  ParticipationFigureFlag,
  WardSeat,
  ReminderSending,
];
