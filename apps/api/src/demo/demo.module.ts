import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { DemoDataService } from './demo-data.service';

/** Loads the demo system: its rows directly, its claims through the claims area. */
@Module({ imports: [ClaimsModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
